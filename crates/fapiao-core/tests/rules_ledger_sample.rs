//! The team's sample ledger (200 rows, UTF-8 CSV, one header row), read by `parse::read`,
//! finds every planted validation finding of its truth file and no error on the rows with no
//! planted problem. Rows planted for reconciliation (a repeated invoice, a value typed
//! differently from the export) break validation rules too: any other finding must be on such
//! a row.

mod common;

use std::collections::BTreeSet;

use fapiao_core::diag::Severity;
use fapiao_core::parse::{self, ReadOptions};
use fapiao_core::rules::{self, Report};
use serde_json::Value;

fn validate_sample() -> (Report, Value) {
    let truth: Value =
        serde_json::from_str(&common::read_fixture("ledger_sample/truth.json")).expect("truth");
    let csv = common::read_fixture("ledger_sample/ledger.csv");
    let parsed = parse::read("ledger.csv", csv.as_bytes(), &ReadOptions::default())
        .expect("the sample ledger is readable");
    let ctx = common::context(Some(&truth));
    (rules::validate(&[&parsed], &ctx), truth)
}

#[test]
fn finds_the_planted_findings_and_nothing_unexplained() {
    let (report, truth) = validate_sample();
    assert_eq!(report.summary.rows, 200);
    let planted: BTreeSet<(u64, String)> = truth["validation"]
        .as_array()
        .expect("validation")
        .iter()
        .map(|v| {
            (
                v["row"].as_u64().unwrap_or(0),
                v["rule"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let found: BTreeSet<(u64, String)> = report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (u64::from(f.row.unwrap_or(0)), f.rule.clone()))
        .collect();
    let missed: Vec<_> = planted.difference(&found).collect();
    assert!(missed.is_empty(), "planted findings not found: {missed:?}");
    let exceptions: BTreeSet<&str> = ["duplicate", "mismatch"]
        .iter()
        .flat_map(|k| truth["exceptions"][k].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .collect();
    for f in report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
    {
        let key = (u64::from(f.row.unwrap_or(0)), f.rule.clone());
        if planted.contains(&key) {
            continue;
        }
        let number = f.invoice_number.as_deref().unwrap_or("");
        assert!(
            exceptions.contains(number),
            "unexplained finding {key:?} on {number}: {}",
            f.message.en
        );
    }
    let extra: BTreeSet<_> = found.difference(&planted).collect();
    assert_eq!(
        extra.len(),
        5,
        "rows 16/43 (tax slightly off), 171 (tax typed wrong), 38/73 (repeats): {extra:?}"
    );
}

#[test]
fn no_error_on_clean_rows() {
    let (report, truth) = validate_sample();
    let clean: BTreeSet<u64> = truth["clean_rows"]
        .as_array()
        .expect("clean_rows")
        .iter()
        .filter_map(Value::as_u64)
        .collect();
    assert!(clean.len() > 150);
    for f in &report.findings {
        let row = u64::from(f.row.unwrap_or(0));
        assert!(
            !(clean.contains(&row) && f.severity == Severity::Error),
            "error on clean row {row}: {f:#?}"
        );
    }
}

#[test]
fn planted_findings_point_at_their_cells() {
    let (report, _) = validate_sample();
    let at = |rule: &str, row: u32| {
        report
            .findings
            .iter()
            .find(|f| f.rule == rule && f.row == Some(row))
            .expect("finding")
    };
    assert_eq!(at("tax_id.checksum", 40).column.as_deref(), Some("D"));
    assert_eq!(at("amount.total", 16).column.as_deref(), Some("H"));
    assert_eq!(at("tax.calc", 55).column.as_deref(), Some("G"));
    let damaged = at("invoice_number.excel_damaged", 126);
    assert_eq!(
        (damaged.column.as_deref(), damaged.value.as_deref()),
        (Some("A"), Some("2.41123E+19"))
    );
}
