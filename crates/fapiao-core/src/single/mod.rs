//! The single-invoice check: one invoice, read from one or more sources (QR + XML, PDF text +
//! QR, OFD CustomData + attached XML), merged, cross-checked and prepared for the national check
//! platform. No UI here: the app and the CLI render a [`SingleCheck`].

pub mod compare;
pub mod form;
pub mod kind;
pub mod platform;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Place, Severity};
use crate::model::{Columns, Field, FieldName, Invoice, InvoiceKind, Name, Raw};
use crate::parse::{self, Parsed, ReadOptions};
use crate::region::{self, Issued};
use crate::text::Text;
use compare::{total_is_qr_amount, Difference};
use platform::{DateLimit, EntryForm, PlatformEntry};

/// What the amount of a 数电 QR code turned out to be, compared with the other sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QrAmount {
    /// It equals the total including tax (价税合计).
    MatchedTotal,
    /// It equals the amount excluding tax (金额).
    MatchedExcludingTax,
    /// It equals neither.
    Neither,
    /// No other source gives a total or an amount to compare with.
    Unconfirmed,
}

/// The result of checking one invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SingleCheck {
    /// The sources used, in order (`invoice.xml`, `qr.png QR 1`).
    pub sources: Vec<String>,
    /// The fields merged: each from the first source that has a value.
    pub merged: Invoice,
    /// The kind: named by a source, else guessed from the number or code.
    pub kind: Option<InvoiceKind>,
    /// Fields on which sources disagree.
    pub differences: Vec<Difference>,
    /// For a 数电 QR code: which amount its amount matched.
    pub qr_amount: Option<QrAmount>,
    /// Year and region decoded from the number or code.
    pub issued: Option<Issued>,
    /// What to type on the national check platform, when the kind is known.
    pub platform: Option<PlatformEntry>,
    /// The platform's limits, for the user.
    pub limits: Vec<Text>,
    /// What the check found, most serious first.
    pub diagnostics: Vec<Diagnostic>,
}

impl SingleCheck {
    /// Whether anything of error severity was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

fn source_name(parsed: &Parsed, inv: &Invoice, index: usize, count: usize) -> String {
    let part = inv
        .origin
        .place
        .column
        .as_deref()
        .map(str::to_string)
        .or_else(|| parsed.info.source_part.clone());
    let mut name = parsed.info.name.clone();
    if let Some(part) = part.filter(|p| *p != name) {
        name = format!("{name} {part}");
    }
    if count > 1 {
        name = format!("{name} #{}", index + 1);
    }
    name
}

fn first<T: Clone>(
    sources: &[(String, &Invoice)],
    get: impl Fn(&Invoice) -> &Option<Field<T>>,
) -> Option<Field<T>> {
    let fields = sources.iter().filter_map(|(_, inv)| get(inv).as_ref());
    let all: Vec<&Field<T>> = fields.collect();
    all.iter()
        .find(|f| f.value.is_some())
        .or_else(|| all.first())
        .map(|f| (*f).clone())
}

fn merge(sources: &[(String, &Invoice)]) -> Invoice {
    let not_qr_total: Vec<(String, &Invoice)> = sources
        .iter()
        .filter(|(_, inv)| !total_is_qr_amount(inv))
        .cloned()
        .collect();
    let mut m = Invoice {
        origin: sources
            .first()
            .map(|(_, i)| i.origin.clone())
            .unwrap_or_default(),
        code: first(sources, |i| &i.code),
        number: first(sources, |i| &i.number),
        issue_date: first(sources, |i| &i.issue_date),
        seller_name: first(sources, |i| &i.seller_name),
        seller_tax_id: first(sources, |i| &i.seller_tax_id),
        buyer_name: first(sources, |i| &i.buyer_name),
        buyer_tax_id: first(sources, |i| &i.buyer_tax_id),
        amount: first(sources, |i| &i.amount),
        tax: first(sources, |i| &i.tax),
        total: first(&not_qr_total, |i| &i.total),
        total_in_words: first(sources, |i| &i.total_in_words),
        rate: first(sources, |i| &i.rate),
        status: first(sources, |i| &i.status),
        kind: first(sources, |i| &i.kind),
        check_code: first(sources, |i| &i.check_code),
        remark: first(sources, |i| &i.remark),
        columns: Columns::default(),
        lines: sources
            .iter()
            .map(|(_, i)| &i.lines)
            .find(|l| !l.is_empty())
            .cloned()
            .unwrap_or_default(),
    };
    if m.total.is_none() {
        m.total = first(sources, |i| &i.total);
    }
    // Each field's column is the one of the source it was taken from.
    for name in FieldName::ALL {
        let Some(raw) = m.raw(name) else {
            continue;
        };
        let column = sources
            .iter()
            .find(|(_, i)| i.raw(name) == Some(raw))
            .and_then(|(_, i)| i.column(name))
            .map(Name::from);
        m.columns.set(name, column);
    }
    m
}

fn qr_amount(
    sources: &[(String, &Invoice)],
    merged_amount: Option<Decimal>,
) -> Option<(QrAmount, Decimal)> {
    let qr = sources
        .iter()
        .find(|(_, i)| total_is_qr_amount(i))
        .and_then(|(_, i)| i.total.as_ref()?.value)?;
    let totals: Vec<Decimal> = sources
        .iter()
        .filter(|(_, i)| !total_is_qr_amount(i))
        .filter_map(|(_, i)| i.total.as_ref()?.value)
        .collect();
    let verdict = if totals.contains(&qr) {
        QrAmount::MatchedTotal
    } else if merged_amount == Some(qr) {
        QrAmount::MatchedExcludingTax
    } else if totals.is_empty() && merged_amount.is_none() {
        QrAmount::Unconfirmed
    } else {
        QrAmount::Neither
    };
    Some((verdict, qr))
}

fn note(id: &str, severity: Severity, place: Place, message: Text, action: Text) -> Diagnostic {
    crate::parse::document::diag(id, severity, place, message, action)
}

/// Reads one file for the single check: every source inside an OFD (CustomData, attached XML,
/// its GraphCode QR, tags), an XML and its GraphCode QR, a PDF's page text and QR codes, the
/// one invoice of any other document.
pub fn read_sources(
    name: &str,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<Vec<Parsed>, Diagnostic> {
    if parse::ofd::looks_like_ofd(bytes) {
        return parse::ofd::read_sources(name, bytes);
    }
    if parse::xml::looks_like_invoice(bytes) {
        return parse::xml::read_sources(name, bytes);
    }
    // Without the picture readers a PDF falls through to `parse::read`, which refuses it.
    #[cfg(feature = "qr-image")]
    if parse::pdf::looks_like_pdf(bytes) {
        return parse::pdf::read_sources(name, bytes);
    }
    parse::read(name, bytes, options).map(|p| vec![p])
}

/// Checks one invoice read from `sources` (each a reader's result), as of `today`.
pub fn check(sources: &[Parsed], today: NaiveDate) -> SingleCheck {
    let named: Vec<(String, &Invoice)> = sources
        .iter()
        .flat_map(|p| {
            let n = p.invoices.len();
            p.invoices
                .iter()
                .enumerate()
                .map(move |(i, inv)| (source_name(p, inv, i, n), inv))
        })
        .collect();
    let mut diagnostics: Vec<Diagnostic> =
        sources.iter().flat_map(|p| p.diagnostics.clone()).collect();
    let mut merged = merge(&named);
    let qr = qr_amount(&named, merged.amount.as_ref().and_then(|f| f.value));
    if matches!(qr, Some((QrAmount::MatchedExcludingTax, _))) && total_is_qr_amount(&merged) {
        // The QR amount turned out to be the amount excluding tax: it is no total.
        merged.total = None;
    }
    let place = |field: FieldName| merged.place_of(field);
    let differences = compare::differences(&named);
    for d in &differences {
        let list = |f: fn(&compare::SourceValue) -> String| {
            d.values.iter().map(f).collect::<Vec<_>>().join("；")
        };
        let shown = list(|v| format!("{}: {}", v.source, v.raw));
        let label = d.field.label();
        diagnostics.push(note(
            "single.mismatch",
            Severity::Error,
            place(d.field),
            Text::new(
                format!("各来源的{}不一致：{shown}", label.zh),
                format!("The sources disagree on the {}: {}", label.en.to_lowercase(), shown.replace('；', "; ")),
            ),
            Text::new(
                "请核对发票原件；不一致的文件可能属于另一张发票或已被改动。",
                "Compare with the original invoice; a file that differs may belong to another invoice or may have been altered.",
            ),
        ));
    }
    let value = |f: &Option<Field<Raw>>| f.as_ref().and_then(|f| f.value.clone());
    let (code, number) = (value(&merged.code), value(&merged.number));
    let qr_said = qr.and_then(|(verdict, amount)| {
        let (ok, zh, en) = match verdict {
            QrAmount::MatchedTotal => (
                true,
                "等于价税合计（含税）",
                "equals the total including tax",
            ),
            QrAmount::MatchedExcludingTax => (
                true,
                "等于金额（不含税）",
                "equals the amount excluding tax",
            ),
            QrAmount::Neither => (
                false,
                "既不等于价税合计也不等于不含税金额",
                "equals neither the total nor the amount excluding tax",
            ),
            QrAmount::Unconfirmed => return None,
        };
        let message = Text::new(
            format!("数电二维码中的金额 {amount} {zh}。"),
            format!("The amount {amount} in the 数电 QR code {en}."),
        );
        Some(if ok {
            (
                Severity::Info,
                message,
                Text::new("无需处理。", "Nothing to do."),
            )
        } else {
            let action = Text::new(
                "请核对二维码是否属于这张发票。",
                "Check that the QR code belongs to this invoice.",
            );
            (Severity::Error, message, action)
        })
    });
    if let Some((severity, message, action)) = qr_said {
        // The cross-check settles what the reader could only assume.
        diagnostics.retain(|d| d.id != "qr.amount_meaning");
        diagnostics.push(note(
            "single.qr_amount",
            severity,
            place(FieldName::Total),
            message,
            action,
        ));
    }
    let kind = merged
        .kind
        .as_ref()
        .and_then(|f| f.value)
        .or_else(|| kind::from_code(code.as_deref(), number.as_deref()));
    let issued = number
        .as_deref()
        .and_then(|n| region::decode(code.as_deref(), n));
    if let Some(i) = issued.as_ref().filter(|i| i.region.is_none()) {
        diagnostics.push(note(
            "single.region_unknown",
            Severity::Warning,
            place(FieldName::InvoiceNumber),
            Text::new(
                format!("发票号码/代码中的地区代码 {} 不在地区表中（可能是计划单列市）。", i.region_code),
                format!("The region code {} in the invoice number/code is not in the table (it may be a city with its own tax bureau).", i.region_code),
            ),
            Text::new("请以查验平台的结果为准。", "Rely on the check platform's answer."),
        ));
    }
    let platform = kind
        .and_then(EntryForm::of)
        .map(|form| platform::entry(form, &merged));
    if let Some(p) = &platform {
        for item in p.items.iter().filter(|i| i.value.is_none()) {
            diagnostics.push(note(
                "single.missing_value",
                Severity::Warning,
                place(item.field),
                Text::new(
                    format!("查验平台需要“{}”，但各来源都没有给出。", item.label.zh),
                    format!(
                        "The check platform asks for “{}”, which no source gives.",
                        item.label.en
                    ),
                ),
                Text::new(
                    "请从发票票面抄录该项。",
                    "Copy it from the printed invoice.",
                ),
            ));
        }
    }
    if let Some(issue) = merged.issue_date.as_ref().and_then(|f| f.value) {
        let limit = platform::date_limit(issue, today);
        let said = match limit {
            Some(DateLimit::Future) => Some((Severity::Error, "single.future_date",
                Text::new(format!("开票日期 {issue} 晚于今天 {today}。"), format!("The issue date {issue} is after today, {today}.")),
                Text::new("请核对开票日期。", "Check the issue date."))),
            Some(DateLimit::Today) => Some((Severity::Warning, "single.too_early",
                Text::new(format!("发票于今天 {issue} 开具，查验平台当日不能查验。"), format!("The invoice was issued today, {issue}; the platform cannot check it until tomorrow.")),
                Text::new("请明天再到查验平台查验。", "Check it on the platform from tomorrow."))),
            Some(DateLimit::TooOld) => Some((Severity::Warning, "single.too_old",
                Text::new(format!("开票日期 {issue} 已超过 5 年，查验平台不再受理。"), format!("The issue date {issue} is more than 5 years ago; the platform no longer checks it.")),
                Text::new("请向开票方或主管税务机关核实。", "Ask the seller or the tax bureau to confirm it."))),
            None => None,
        };
        if let Some((severity, id, message, action)) = said {
            diagnostics.push(note(
                id,
                severity,
                place(FieldName::IssueDate),
                message,
                action,
            ));
        }
    }
    diagnostics.sort_by_key(|d| std::cmp::Reverse(d.severity));
    SingleCheck {
        sources: named.iter().map(|(n, _)| n.clone()).collect(),
        merged,
        kind,
        differences,
        qr_amount: qr.map(|(v, _)| v),
        issued,
        platform,
        limits: platform::limits(),
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::document::parsed;

    fn source(name: &str, inv: Invoice) -> Parsed {
        let mut p = parsed(name, b"", "test", None);
        p.invoices.push(inv);
        p
    }

    #[test]
    fn a_qr_amount_that_is_the_amount_excluding_tax_is_no_total() {
        let qr = crate::parse::qr::read("scan", b"01,32,,24112000000012345678,1000,20241105,,74AE")
            .unwrap();
        let other = Invoice {
            amount: Some(Field::parsed(Decimal::new(100000, 2), "1000.00")),
            ..Invoice::default()
        };
        let today = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
        let check = check(&[source("ledger", other), qr], today);
        assert_eq!(check.qr_amount, Some(QrAmount::MatchedExcludingTax));
        assert_eq!(check.merged.total, None);
        let total = check.platform.and_then(|p| p.items.into_iter().last());
        assert_eq!(
            total.map(|t| (t.field, t.value)),
            Some((FieldName::Total, None))
        );
    }
}
