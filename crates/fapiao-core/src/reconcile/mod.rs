//! Reconciliation: a ledger (台账) against the platform export, with the likely cause of each difference.
//!
//! One pass matches rows by key (the 20-digit number, or code + number for older invoices) and
//! compares the fields both sides have; a second pass pairs what is left over: mistyped numbers
//! (one digit substituted or two adjacent digits swapped, same date and total) and numbers that
//! cannot be keyed at all (paired by seller tax id, date and total when exactly one row fits).
//! Every row of both inputs ends up matched or in at least one exception.
//! Nothing here reads the clock: the as-of date is passed in or taken from the export.

mod compare;
mod explain;
mod key;

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasher;

use hashbrown::hash_table::{Entry, HashTable};
use hashbrown::DefaultHashBuilder;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::model::{FieldName, Invoice, Status};
use crate::parse::Parsed;
use crate::report::{
    Exception, ExceptionKind, FieldDiff, InputSummary, MatchedPair, Report, Role, RowRef, Summary,
    SCHEMA,
};
use explain::{Missing, Said};

/// How to reconcile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The date the export is current at; `None`: the export's last issue date.
    pub as_of: Option<NaiveDate>,
    /// Invoices issued this many days before the as-of date may not be on the platform yet.
    pub sync_days: u32,
    /// Largest difference between two amounts that still counts as equal.
    pub tolerance: Decimal,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            as_of: None,
            sync_days: 3,
            tolerance: Decimal::ZERO,
        }
    }
}

/// Reconciles `ledger` against `export` into one report.
pub fn reconcile(ledger: &Parsed, export: &Parsed, options: &Options) -> Report {
    let ledger_keys: Vec<Option<Cow<str>>> = ledger.invoices.iter().map(key::key).collect();
    let export_keys: Vec<Option<Cow<str>>> = export.invoices.iter().map(key::key).collect();
    let mut run = Run::new(
        Side::new(&ledger.invoices, &ledger_keys),
        Side::new(&export.invoices, &export_keys),
        options,
    );
    run.report_duplicates(true);
    run.report_duplicates(false);
    run.match_by_key();
    run.pair_typos();
    run.pair_unusable();
    run.report_leftovers();
    run.finish([
        input_summary(Role::Ledger, ledger),
        input_summary(Role::Export, export),
    ])
}

fn row_ref(inv: &Invoice) -> RowRef {
    RowRef {
        sheet: inv.origin.place.sheet.as_deref().map(str::to_string),
        row: inv.origin.place.row,
        invoice_number: inv.raw(FieldName::InvoiceNumber).unwrap_or("").to_string(),
    }
}

fn input_summary(role: Role, parsed: &Parsed) -> InputSummary {
    let info = &parsed.info;
    InputSummary {
        role,
        file: crate::rules::InputSummary {
            name: info.name.clone(),
            sha256: info.sha256.clone(),
            format: info.format.clone(),
            encoding: info.encoding.clone(),
            sheet: info.sheet.clone(),
            header_row: info.header_row,
            rows: u32::try_from(parsed.invoices.len()).unwrap_or(u32::MAX),
            columns: info.columns.clone(),
        },
    }
}

/// The platform status that makes a matched invoice an exception, as a diagnosis id.
fn status_id(status: Status) -> Option<&'static str> {
    match status {
        Status::Normal => None,
        Status::Voided => Some("voided"),
        Status::Reversed => Some("reversed"),
        Status::PartlyReversed => Some("partly_reversed"),
        Status::Red => Some("red"),
        Status::Abnormal => Some("abnormal"),
    }
}

/// One input's rows, keys, and which rows are already accounted for.
struct Side<'a> {
    invoices: &'a [Invoice],
    keys: &'a [Option<Cow<'a, str>>],
    /// The rows that hold their key first, found by key ([`Side::holder`]): four bytes a row
    /// (a `HashMap<&str, usize>` is 24), 80 MB less at a million rows a side.
    first: HashTable<u32>,
    hasher: DefaultHashBuilder,
    /// Whether each row holds its key first.
    is_first: Vec<bool>,
    /// Matched, paired or reported.
    done: Vec<bool>,
}

impl<'a> Side<'a> {
    fn new(invoices: &'a [Invoice], keys: &'a [Option<Cow<'a, str>>]) -> Self {
        let hasher = DefaultHashBuilder::default();
        let mut first = HashTable::with_capacity(invoices.len());
        let mut is_first = vec![false; invoices.len()];
        let key_of = |i: u32| keys.get(i as usize).and_then(|k| k.as_deref());
        for (i, k) in keys.iter().enumerate() {
            let (Some(k), Ok(row)) = (k, u32::try_from(i)) else {
                continue;
            };
            let hash = hasher.hash_one(k.as_ref());
            if let Entry::Vacant(slot) = first.entry(
                hash,
                |&j| key_of(j) == Some(k.as_ref()),
                |&j| hasher.hash_one(key_of(j).unwrap_or("")),
            ) {
                slot.insert(row);
                is_first[i] = true;
            }
        }
        Side {
            invoices,
            keys,
            first,
            hasher,
            is_first,
            done: vec![false; invoices.len()],
        }
    }

    /// The row that holds `key` first.
    fn holder(&self, key: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(key);
        let key_of = |i: u32| self.keys.get(i as usize).and_then(|k| k.as_deref());
        self.first
            .find(hash, |&j| key_of(j) == Some(key))
            .map(|&j| j as usize)
    }

    /// The row's key, when it holds the key first.
    fn first_key(&self, i: usize) -> Option<&'a str> {
        self.keys[i].as_deref().filter(|_| self.is_first[i])
    }

    /// Rows keyed first and not yet accounted for.
    fn open(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.invoices.len()).filter(|&i| !self.done[i] && self.is_first[i])
    }
}

struct Run<'a> {
    ledger: Side<'a>,
    export: Side<'a>,
    options: &'a Options,
    as_of: Option<NaiveDate>,
    last_export_date: Option<NaiveDate>,
    compared: [bool; compare::COMPARED.len()],
    matched: Vec<MatchedPair>,
    exceptions: Vec<Exception>,
}

impl<'a> Run<'a> {
    fn new(ledger: Side<'a>, export: Side<'a>, options: &'a Options) -> Self {
        let last_export_date = export
            .invoices
            .iter()
            .filter_map(|i| i.issue_date.as_ref()?.value)
            .max();
        Run {
            ledger,
            export,
            options,
            as_of: options.as_of.or(last_export_date),
            last_export_date,
            compared: [false; compare::COMPARED.len()],
            matched: Vec::new(),
            exceptions: Vec::new(),
        }
    }

    fn push(
        &mut self,
        kind: ExceptionKind,
        diagnosis: impl Into<String>,
        rows: (Option<RowRef>, Option<RowRef>),
        fields: Vec<FieldDiff>,
        rules: Vec<String>,
        said: Said,
    ) {
        let (ledger, export) = rows;
        let invoice_number = export
            .as_ref()
            .or(ledger.as_ref())
            .map(|r| r.invoice_number.clone())
            .unwrap_or_default();
        self.exceptions.push(Exception {
            id: 0,
            kind,
            diagnosis: diagnosis.into(),
            invoice_number,
            ledger,
            export,
            fields,
            rules,
            message: said.message,
            action: said.action,
        });
    }

    /// Every row after the first with the same key is a duplicate.
    fn report_duplicates(&mut self, in_ledger: bool) {
        let side = if in_ledger {
            &mut self.ledger
        } else {
            &mut self.export
        };
        let mut found = Vec::new();
        for (i, k) in side.keys.iter().enumerate() {
            if side.is_first[i] {
                continue;
            }
            if let Some(first) = k.as_deref().and_then(|k| side.holder(k)) {
                side.done[i] = true;
                found.push((row_ref(&side.invoices[i]), row_ref(&side.invoices[first])));
            }
        }
        let diagnosis = if in_ledger { "ledger" } else { "export" };
        for (at, first) in found {
            let said = explain::duplicate(&at, &first, in_ledger);
            let rows = if in_ledger {
                (Some(at), None)
            } else {
                (None, Some(at))
            };
            self.push(
                ExceptionKind::Duplicate,
                diagnosis,
                rows,
                vec![],
                vec![],
                said,
            );
        }
    }

    /// Pairs rows holding the same key.
    fn match_by_key(&mut self) {
        for li in 0..self.ledger.invoices.len() {
            let Some(k) = self.ledger.first_key(li) else {
                continue;
            };
            if let Some(ei) = self.export.holder(k) {
                self.pair(li, ei, vec![]);
            }
        }
    }

    /// Records a pair: matched, or a mismatch; and a status exception where the platform says so.
    /// `number_diff` is the invoice-number difference of a typo pair.
    fn pair(&mut self, li: usize, ei: usize, number_diff: Vec<FieldDiff>) {
        self.ledger.done[li] = true;
        self.export.done[ei] = true;
        let (l, e) = (&self.ledger.invoices[li], &self.export.invoices[ei]);
        let typo = !number_diff.is_empty();
        let mut fields = number_diff;
        fields.extend(compare::differences(
            l,
            e,
            self.options.tolerance,
            &mut self.compared,
        ));
        let status = e
            .status
            .as_ref()
            .and_then(|s| Some((status_id(s.value?)?, s.raw.clone())));
        if fields.is_empty() {
            self.matched.push(MatchedPair {
                ledger: li,
                export: ei,
            });
            if status.is_none() {
                return;
            }
        }
        let (lr, er) = (row_ref(l), row_ref(e));
        if !fields.is_empty() {
            let (diagnosis, said) = if typo {
                ("typo", explain::typo(&lr, &er))
            } else {
                ("changed", explain::changed(&lr, &er, &fields))
            };
            let rows = (Some(lr.clone()), Some(er.clone()));
            self.push(
                ExceptionKind::Mismatch,
                diagnosis,
                rows,
                fields,
                vec![],
                said,
            );
        }
        if let Some((id, raw)) = status {
            let said = explain::status(&er, &raw);
            self.push(
                ExceptionKind::Status,
                id,
                (Some(lr), Some(er)),
                vec![],
                vec![],
                said,
            );
        }
    }

    /// Pairs an open ledger row with an open export row one typo away, same date and total.
    fn pair_typos(&mut self) {
        let mut by_date_total: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for ei in self.export.open() {
            if let Some(dt) = compare::date_total(&self.export.invoices[ei]) {
                by_date_total.entry(dt).or_default().push(ei);
            }
        }
        let open_ledger: Vec<usize> = self.ledger.open().collect();
        for li in open_ledger {
            let l = &self.ledger.invoices[li];
            let (Some(lk), Some(dt)) = (self.ledger.first_key(li), compare::date_total(l)) else {
                continue;
            };
            let Some(candidates) = by_date_total.get(&dt) else {
                continue;
            };
            let found = candidates.iter().copied().find(|&ei| {
                !self.export.done[ei]
                    && self
                        .export
                        .first_key(ei)
                        .is_some_and(|ek| key::one_typo_apart(lk, ek))
            });
            if let Some(ei) = found {
                let diff = compare::diff(FieldName::InvoiceNumber, l, &self.export.invoices[ei]);
                self.pair(li, ei, vec![diff]);
            }
        }
    }

    /// Rows without a usable key: `invalid`; a ledger row is paired with the one open export row
    /// of the same seller tax id, date and total, when exactly one exists.
    fn pair_unusable(&mut self) {
        let mut by_fallback: HashMap<(String, String, String), Vec<usize>> = HashMap::new();
        for ei in self.export.open() {
            if let Some(fk) = compare::fallback_key(&self.export.invoices[ei]) {
                by_fallback.entry(fk).or_default().push(ei);
            }
        }
        for li in 0..self.ledger.invoices.len() {
            if self.ledger.keys[li].is_some() {
                continue;
            }
            let l = &self.ledger.invoices[li];
            let rules = key::unusable_rules(l);
            // What survived of the number must fit the candidate (`2.41123E+19` fits 241123…).
            let damage = key::number_damage(l);
            let fits = |ei: usize| {
                let number = self.export.keys[ei].as_deref().unwrap_or("");
                damage.as_ref().is_none_or(|d| d.matches(number))
            };
            let open: Vec<usize> = compare::fallback_key(l)
                .and_then(|fk| by_fallback.get(&fk))
                .map(|c| {
                    c.iter()
                        .copied()
                        .filter(|&ei| !self.export.done[ei] && fits(ei))
                        .collect()
                })
                .unwrap_or_default();
            let lr = row_ref(l);
            self.ledger.done[li] = true;
            let (er, fields) = match open.as_slice() {
                [ei] => {
                    self.export.done[*ei] = true;
                    let e = &self.export.invoices[*ei];
                    (
                        Some(row_ref(e)),
                        vec![compare::diff(FieldName::InvoiceNumber, l, e)],
                    )
                }
                _ => (None, vec![]),
            };
            let said = explain::invalid(&lr, &rules, er.as_ref(), true);
            let diagnosis = rules.join(",");
            self.push(
                ExceptionKind::Invalid,
                diagnosis,
                (Some(lr), er),
                fields,
                rules,
                said,
            );
        }
        for ei in 0..self.export.invoices.len() {
            if self.export.keys[ei].is_some() {
                continue;
            }
            let er = row_ref(&self.export.invoices[ei]);
            let rules = key::unusable_rules(&self.export.invoices[ei]);
            self.export.done[ei] = true;
            let said = explain::invalid(&er, &rules, None, false);
            let diagnosis = rules.join(",");
            self.push(
                ExceptionKind::Invalid,
                diagnosis,
                (None, Some(er)),
                vec![],
                rules,
                said,
            );
        }
    }

    /// What is still open is missing on the other side.
    fn report_leftovers(&mut self) {
        // The provinces the export covers, by their two digits.
        let mut provinces = [false; 100];
        let digits = |p: &str| p.parse::<usize>().ok().filter(|&n| n < 100);
        for p in self
            .export
            .keys
            .iter()
            .flatten()
            .filter_map(|k| key::province(k))
        {
            if let Some(n) = digits(p) {
                provinces[n] = true;
            }
        }
        let any_province = provinces.contains(&true);
        let recent_from = self
            .as_of
            .and_then(|d| d.checked_sub_days(Days::new(self.options.sync_days.into())));
        let open_ledger: Vec<usize> = self.ledger.open().collect();
        for li in open_ledger {
            self.ledger.done[li] = true;
            let l = &self.ledger.invoices[li];
            let province = self.ledger.first_key(li).and_then(key::province);
            let date = l.issue_date.as_ref().and_then(|d| d.value);
            let (diagnosis, why) = match province {
                Some(p) if any_province && !digits(p).is_some_and(|n| provinces[n]) => {
                    ("other_region", Missing::OtherRegion { province: p })
                }
                _ if date.is_some_and(|d| {
                    self.last_export_date.is_some_and(|last| d > last)
                        || recent_from.is_some_and(|from| d >= from)
                }) =>
                {
                    let sync_days = self.options.sync_days;
                    ("recent", Missing::Recent { date, sync_days })
                }
                _ => ("unknown", Missing::Unknown),
            };
            let lr = row_ref(l);
            let said = explain::missing_in_export(&lr, why);
            self.push(
                ExceptionKind::MissingInExport,
                diagnosis,
                (Some(lr), None),
                vec![],
                vec![],
                said,
            );
        }
        let open_export: Vec<usize> = self.export.open().collect();
        for ei in open_export {
            self.export.done[ei] = true;
            let e = &self.export.invoices[ei];
            let voided = e
                .status
                .as_ref()
                .filter(|s| matches!(s.value, Some(Status::Voided | Status::Reversed)))
                .map(|s| s.raw.clone());
            let er = row_ref(e);
            let said = explain::missing_in_ledger(&er, voided.as_deref());
            let diagnosis = if voided.is_some() {
                "voided"
            } else {
                "not_recorded"
            };
            self.push(
                ExceptionKind::MissingInLedger,
                diagnosis,
                (None, Some(er)),
                vec![],
                vec![],
                said,
            );
        }
    }

    fn finish(mut self, inputs: [InputSummary; 2]) -> Report {
        let row_of = |e: &Exception| {
            let r = e.ledger.as_ref().or(e.export.as_ref());
            (
                r.and_then(|r| r.row).unwrap_or(0),
                e.export.as_ref().and_then(|r| r.row).unwrap_or(0),
            )
        };
        self.exceptions.sort_by_key(|e| (e.kind, row_of(e)));
        let mut counts: std::collections::BTreeMap<ExceptionKind, u32> =
            ExceptionKind::ALL.iter().map(|&k| (k, 0)).collect();
        for (i, e) in self.exceptions.iter_mut().enumerate() {
            e.id = i as u32 + 1;
            *counts.entry(e.kind).or_default() += 1;
        }
        let compared_fields = compare::COMPARED
            .iter()
            .zip(self.compared)
            .filter_map(|(f, c)| c.then_some(*f))
            .collect();
        Report {
            schema: SCHEMA.to_string(),
            as_of: self.as_of,
            summary: Summary {
                ledger_rows: self.ledger.invoices.len() as u32,
                export_rows: self.export.invoices.len() as u32,
                matched: self.matched.len() as u32,
                exceptions: counts,
            },
            inputs: inputs.into(),
            compared_fields,
            exceptions: self.exceptions,
            matched: self.matched,
        }
    }
}
