//! Validation rules, one module per family. Each finding has a stable rule id (a public contract).
//!
//! [`validate`] runs every rule over the invoices of one or more read inputs and returns a
//! [`Report`] that serialises to the `fapiao-check/validate/1` JSON contract. A rule whose
//! fields the input lacks is skipped and named in `summary.skipped_rules` rather than run on
//! empty values. Rule ids, severities, texts and needs are listed in [`REFERENCE`].

mod amount;
mod check_code;
mod date;
mod duplicate;
mod item;
mod missing;
pub mod number;
mod party;
pub mod qr;
mod rate;
mod reference;
mod report;
mod status;
pub mod tax_id;
pub mod words;

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::parse::Parsed;
use crate::progress::{every, Progress};
use crate::text::Text;

pub use amount::{expected_tax, round_cents, INVOICE_TOLERANCE, LINE_TOLERANCE};
pub use number::{damage, Damage, DamageKind};
pub use reference::{rule, title, RuleInfo, StaticText, REFERENCE};
pub use report::{InputSummary, Report, Summary, SCHEMA};
pub use words::{amount_in_words, words_to_cents};

/// Whose invoices these are, from the user's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 取得发票: the user is the buyer.
    #[default]
    Received,
    /// 开具发票: the user is the seller.
    Issued,
}

/// What the rules need to know beyond the invoices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The date the checks are made for ("today"); never read from a clock here.
    pub as_of: NaiveDate,
    /// The user's own tax id, for `buyer.tax_id_mismatch`.
    pub my_tax_id: Option<String>,
    /// Whether the invoices were received or issued.
    pub direction: Direction,
}

/// One problem (or fact) a rule found, at an exact place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id (`tax_id.checksum`).
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// File name as given.
    pub file: String,
    /// Sheet, for workbooks.
    pub sheet: Option<String>,
    /// 1-based row as the spreadsheet shows it; `None` for whole-file findings.
    pub row: Option<u32>,
    /// Column letters or element path.
    pub column: Option<String>,
    /// The field's snake_case id.
    pub field: Option<String>,
    /// The raw value as found.
    pub value: Option<String>,
    /// The invoice's number, as found, to find it in the user's own list.
    pub invoice_number: Option<String>,
    /// What is wrong, with the values filled in.
    pub message: Text,
    /// What to do about it.
    pub action: Text,
}

impl Finding {
    /// A finding about `field` of `inv`, placed at that field's cell, with its raw value.
    pub(crate) fn new(
        rule: &'static str,
        severity: Severity,
        inv: &Invoice,
        field: FieldName,
        message: Text,
        action: Text,
    ) -> Finding {
        let place = inv.place_of(field);
        Finding {
            rule: rule.to_string(),
            severity,
            file: place.file.to_string(),
            sheet: place.sheet.as_deref().map(str::to_string),
            row: place.row,
            column: place.column.as_deref().map(str::to_string),
            field: Some(field.id().to_string()),
            value: inv.raw(field).map(str::to_owned),
            invoice_number: inv.raw(FieldName::InvoiceNumber).map(str::to_owned),
            message,
            action,
        }
    }
}

/// The trimmed text of a field with inner spaces removed, or `None` when absent or blank;
/// borrowed when there is no inner space.
pub(crate) fn compact(inv: &Invoice, field: FieldName) -> Option<Cow<'_, str>> {
    let t = inv.raw(field)?.trim();
    let s = if t.chars().any(char::is_whitespace) {
        Cow::Owned(t.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(t)
    };
    (!s.is_empty()).then_some(s)
}

/// The normalised invoice number: the reader's value, else the compacted raw text.
pub(crate) fn number_of(inv: &Invoice) -> Option<Cow<'_, str>> {
    match inv.number.as_ref().and_then(|f| f.get()) {
        Some(v) if !v.is_empty() => Some(Cow::Borrowed(v.as_str())),
        _ => compact(inv, FieldName::InvoiceNumber),
    }
}

/// The normalised invoice code, as [`number_of`].
pub(crate) fn code_of(inv: &Invoice) -> Option<Cow<'_, str>> {
    match inv.code.as_ref().and_then(|f| f.get()) {
        Some(v) if !v.is_empty() => Some(Cow::Borrowed(v.as_str())),
        _ => compact(inv, FieldName::InvoiceCode),
    }
}

/// True when every character is an ASCII digit (and there is at least one).
pub(crate) fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The fields one input provides: mapped columns plus any field a record carries.
fn present_fields(parsed: &Parsed) -> BTreeSet<FieldName> {
    let mut set: BTreeSet<FieldName> = parsed.info.columns.keys().copied().collect();
    for inv in &parsed.invoices {
        for f in FieldName::ALL {
            if inv.raw(f).is_some() {
                set.insert(f);
            }
        }
        if inv.lines.iter().any(|l| l.rate.is_some()) {
            set.insert(FieldName::TaxRate);
        }
        if inv.lines.iter().any(|l| l.tax_code.is_some()) {
            set.insert(FieldName::TaxCode);
        }
    }
    set
}

/// Whether `rule` can run on an input with `present` fields; `None` when it does not apply at all.
fn runnable(
    rule: &RuleInfo,
    present: &BTreeSet<FieldName>,
    parsed: &Parsed,
    ctx: &Context,
) -> Option<bool> {
    match rule.id {
        "qr.format" if parsed.info.format != "qr" => return None,
        "buyer.tax_id_mismatch" => {
            let field = match ctx.direction {
                Direction::Received => FieldName::BuyerTaxId,
                Direction::Issued => FieldName::SellerTaxId,
            };
            return Some(ctx.my_tax_id.is_some() && present.contains(&field));
        }
        _ => {}
    }
    Some(
        rule.needs
            .iter()
            .all(|any| any.iter().any(|f| present.contains(f))),
    )
}

/// Runs every rule on one input, keeping findings of rules that could run.
fn validate_one(
    parsed: &Parsed,
    ctx: &Context,
    skipped: &mut BTreeSet<&'static str>,
    progress: Progress<'_>,
) -> Vec<Finding> {
    let present = present_fields(parsed);
    let mut run: BTreeSet<&'static str> = BTreeSet::new();
    for rule in REFERENCE {
        match runnable(rule, &present, parsed, ctx) {
            Some(true) => {
                run.insert(rule.id);
            }
            Some(false) => {
                skipped.insert(rule.id);
            }
            None => {}
        }
    }
    let mut out = Vec::new();
    let is_qr = parsed.info.format == "qr";
    let invoices = parsed.invoices.len();
    for (done, inv) in parsed.invoices.iter().enumerate() {
        every(progress, done, invoices);
        out.extend(check_invoice(inv, ctx));
        if is_qr {
            qr::check(inv, &mut out);
        }
        item::check(inv, &mut out);
        status::check(inv, &mut out);
    }
    every(progress, invoices, invoices);
    missing::check(parsed, &present, &mut out);
    duplicate::check(&parsed.invoices, &mut out);
    out.retain(|f| run.contains(f.rule.as_str()));
    out
}

/// Runs the rules that look at one invoice's own fields (number, code, tax ids, date, amounts,
/// rate, words, parties, check code), without a report around them: what a form typed by hand
/// needs (`single::form`). [`validate`] runs these and the rest.
pub fn check_invoice(inv: &Invoice, ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    number::check(inv, ctx, &mut out);
    tax_id::check(inv, &mut out);
    date::check(inv, ctx, &mut out);
    amount::check(inv, &mut out);
    rate::check(inv, &mut out);
    words::check(inv, &mut out);
    party::check(inv, ctx, &mut out);
    check_code::check(inv, &mut out);
    out
}

/// Validates every invoice of every input and summarises the findings.
pub fn validate(inputs: &[&Parsed], ctx: &Context) -> Report {
    validate_reporting(inputs, ctx, &mut crate::progress::ignore)
}

/// [`validate`], telling `progress` how many of each input's invoices have been checked.
pub fn validate_reporting(inputs: &[&Parsed], ctx: &Context, progress: Progress<'_>) -> Report {
    let mut skipped = BTreeSet::new();
    let mut findings = Vec::new();
    for parsed in inputs {
        let mut one = validate_one(parsed, ctx, &mut skipped, progress);
        one.sort_by(|a, b| (a.row, &a.column, &a.rule).cmp(&(b.row, &b.column, &b.rule)));
        findings.extend(one);
    }
    Report::new(
        inputs,
        findings,
        skipped.into_iter().map(str::to_owned).collect(),
    )
}
