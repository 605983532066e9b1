//! What every fuzz target checks beyond "no panic": a read either gives records or one error,
//! and every diagnostic a person sees has an id, Chinese and English text and an action.

use chrono::NaiveDate;
use fapiao_core::diag::Diagnostic;
use fapiao_core::parse::{read, Parsed, ReadOptions};
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report;
use fapiao_core::rules::{validate, Context, Direction};

fn check_diagnostic(d: &Diagnostic) {
    assert!(!d.id.is_empty(), "diagnostic without id: {d:?}");
    assert!(!d.message.zh.is_empty() && !d.message.en.is_empty(), "{d:?}");
    assert!(!d.action.zh.is_empty() && !d.action.en.is_empty(), "{d:?}");
}

/// Reads `data` as the file `name`, checks what comes back, and validates the records.
pub fn read_and_check(name: &str, data: &[u8]) -> Option<Parsed> {
    match read(name, data, &ReadOptions::default()) {
        Ok(parsed) => {
            parsed.diagnostics.iter().for_each(check_diagnostic);
            let ctx = Context {
                as_of: NaiveDate::from_ymd_opt(2024, 12, 31).expect("a valid date"),
                my_tax_id: None,
                direction: Direction::Received,
            };
            let checked = validate(&[&parsed], &ctx);
            for f in &checked.findings {
                assert!(!f.message.zh.is_empty() && !f.message.en.is_empty(), "{f:?}");
            }
            Some(parsed)
        }
        Err(d) => {
            check_diagnostic(&d);
            let named = d.message.en.contains(name) || d.place.file == name;
            assert!(named, "error does not name the file: {d:?}");
            None
        }
    }
}

/// Splits `data` at the first `0xFF` byte (never in UTF-8 text) into a ledger and an export,
/// reads both, reconciles them and renders every report format.
pub fn reconcile_pair(data: &[u8]) {
    let cut = data.iter().position(|&b| b == 0xFF).unwrap_or(data.len() / 2);
    let (left, right) = data.split_at(cut);
    let right = right.get(1..).unwrap_or(&[]);
    let (Some(ledger), Some(export)) = (
        read_and_check("ledger.csv", left),
        read_and_check("export.csv", right),
    ) else {
        return;
    };
    let r = reconcile(&ledger, &export, &Options::default());
    let counted: u32 = r.summary.exceptions.values().sum();
    assert_eq!(counted as usize, r.exceptions.len());
    let _ = report::csv::render(&r);
    let _ = report::json::render(&r);
    let _ = report::html::render(&r);
    let _ = report::xlsx::render(&r);
}
