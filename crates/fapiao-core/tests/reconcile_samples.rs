//! Reconciliation of real fixture files through the readers reproduces each truth.json exactly.

use std::collections::BTreeMap;
use std::path::Path;

use fapiao_core::parse::{read, Parsed, ReadOptions};
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report::{self, Report};
use serde_json::Value;

fn fixture(dir: &str, name: &str) -> (String, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/reconcile")
        .join(dir)
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (name.to_string(), bytes)
}

fn load(dir: &str, name: &str) -> Parsed {
    let (name, bytes) = fixture(dir, name);
    read(&name, &bytes, &ReadOptions::default()).unwrap_or_else(|d| panic!("{name}: {d:?}"))
}

fn truth(dir: &str) -> Value {
    serde_json::from_slice(&fixture(dir, "truth.json").1).unwrap()
}

/// The options a truth.json assumes: its as-of date (the shared sample's export ends earlier).
fn options(dir: &str) -> Options {
    let as_of = truth(dir)["as_of"].as_str().and_then(|d| d.parse().ok());
    Options {
        as_of,
        ..Options::default()
    }
}

fn run(dir: &str, ledger: &str) -> Report {
    reconcile(&load(dir, ledger), &load(dir, "export.xlsx"), &options(dir))
}

/// Checks the report against truth.json: rows, every kind's numbers, every diagnosis given.
fn assert_truth(r: &Report, t: &Value) {
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        t["as_of"].as_str()
    );
    assert_eq!(
        Some(u64::from(r.summary.ledger_rows)),
        t["ledger_rows"].as_u64()
    );
    assert_eq!(
        Some(u64::from(r.summary.export_rows)),
        t["export_rows"].as_u64()
    );
    let mut got: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in &r.exceptions {
        got.entry(e.kind.id().into())
            .or_default()
            .push(e.invoice_number.clone());
    }
    for (kind, numbers) in t["exceptions"].as_object().unwrap() {
        let mut want: Vec<String> = numbers
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect();
        want.sort();
        let mut have = got.remove(kind).unwrap_or_default();
        have.sort();
        assert_eq!(have, want, "{kind}");
    }
    assert!(got.is_empty(), "unexpected kinds {got:?}");
    for (number, diagnosis) in t["diagnosis"].as_object().unwrap() {
        let e = r
            .exceptions
            .iter()
            .find(|e| &e.invoice_number == number)
            .unwrap_or_else(|| panic!("{number} not reported"));
        assert_eq!(Some(e.diagnosis.as_str()), diagnosis.as_str(), "{number}");
    }
    for v in t["validation"].as_array().unwrap() {
        if v["rule"] == "invoice_number.excel_damaged" {
            let row = v["row"].as_u64().map(|r| r as u32);
            let e = r
                .exceptions
                .iter()
                .find(|e| e.ledger.as_ref().and_then(|l| l.row) == row)
                .unwrap_or_else(|| panic!("damaged row {row:?} not reported"));
            assert_eq!(e.rules, ["invoice_number.excel_damaged"]);
        }
    }
}

#[test]
fn shared_sample_matches_its_truth() {
    assert_truth(&run("shared", "ledger.csv"), &truth("shared"));
}

#[test]
fn generated_export_ends_on_the_as_of_date() {
    // The CLI's default as-of date is the export's last issue date.
    let r = reconcile(
        &load("generated", "ledger.csv"),
        &load("generated", "export.xlsx"),
        &Options::default(),
    );
    assert_truth(&r, &truth("generated"));
}

#[test]
fn generated_utf8_csv_ledger_matches_its_truth() {
    assert_truth(&run("generated", "ledger.csv"), &truth("generated"));
}

#[test]
fn generated_gbk_csv_ledger_matches_its_truth() {
    let l = load("generated", "ledger-gbk.csv");
    assert_eq!(l.info.encoding.as_deref(), Some("gb18030"));
    let r = reconcile(&l, &load("generated", "export.xlsx"), &options("generated"));
    assert_truth(&r, &truth("generated"));
}

#[test]
fn generated_xlsx_ledger_matches_its_truth() {
    assert_truth(&run("generated", "ledger.xlsx"), &truth("generated"));
}

#[test]
fn shared_sample_json_report_is_stable() {
    insta::assert_snapshot!(report::json::render(&run("shared", "ledger.csv")));
}
