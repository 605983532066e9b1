//! The validation report keeps the `fapiao-check/validate/1` JSON contract (golden file).
//!
//! Regenerate the golden file after an intended change with `UPDATE_GOLDEN=1 cargo test`.

mod common;

use fapiao_core::rules;
use serde_json::{Map, Value};

fn report_text() -> String {
    let doc: Value =
        serde_json::from_str(&common::read_fixture("rules/report_input.json")).expect("JSON");
    let invoices: Vec<Map<String, Value>> = doc["invoices"]
        .as_array()
        .expect("invoices")
        .iter()
        .filter_map(|v| v.as_object().cloned())
        .collect();
    let parsed = common::parsed("ledger.csv", "csv", &invoices);
    let report = rules::validate(&[&parsed], &common::context(doc.get("context")));
    serde_json::to_string_pretty(&report).expect("serialise") + "\n"
}

fn report_json() -> Value {
    serde_json::from_str(&report_text()).expect("JSON")
}

#[test]
fn report_matches_the_golden_file() {
    let got = report_text();
    let path = common::fixture("rules/report_golden.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).expect("write golden");
    }
    let want = std::fs::read_to_string(&path).expect("golden file");
    assert_eq!(got, want, "report differs from the golden file");
}

#[test]
fn report_has_the_contract_shape() {
    let v = report_json();
    assert_eq!(v["schema"], "fapiao-check/validate/1");
    let input = &v["inputs"][0];
    for key in [
        "name",
        "sha256",
        "format",
        "encoding",
        "sheet",
        "header_row",
        "rows",
        "columns",
    ] {
        assert!(input.get(key).is_some(), "inputs[0].{key} missing");
    }
    assert_eq!(input["columns"]["invoice_number"], "B");
    let summary = &v["summary"];
    for key in [
        "rows",
        "error",
        "warning",
        "info",
        "by_rule",
        "skipped_rules",
    ] {
        assert!(summary.get(key).is_some(), "summary.{key} missing");
    }
    let findings = v["findings"].as_array().expect("findings");
    let total = summary["error"].as_u64().unwrap_or(0)
        + summary["warning"].as_u64().unwrap_or(0)
        + summary["info"].as_u64().unwrap_or(0);
    assert_eq!(findings.len() as u64, total);
    let text = report_text();
    let first = &text[text.find("\"findings\"").expect("findings")..];
    let order = [
        "rule",
        "severity",
        "file",
        "sheet",
        "row",
        "column",
        "field",
        "value",
        "invoice_number",
        "message",
        "action",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|k| first.find(&format!("\"{k}\":")).expect("key present"))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "finding keys out of contract order: {at:?}"
    );
    let top: Vec<usize> = ["\"schema\"", "\"inputs\"", "\"summary\"", "\"findings\""]
        .iter()
        .map(|k| text.find(k).expect("top key"))
        .collect();
    assert!(
        top.windows(2).all(|w| w[0] < w[1]),
        "top-level keys out of order"
    );
    let skipped: Vec<&str> = summary["skipped_rules"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        skipped.contains(&"amount_in_words.mismatch"),
        "no words column: {skipped:?}"
    );
    assert!(
        skipped.contains(&"buyer.tax_id_mismatch"),
        "no --my-tax-id: {skipped:?}"
    );
    assert!(
        !skipped.contains(&"qr.format"),
        "qr.format does not apply to a ledger"
    );
}
