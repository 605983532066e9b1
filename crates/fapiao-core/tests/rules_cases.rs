//! Data-driven rule tests: every case in `fixtures/rules/cases.json` runs through `validate`
//! and must produce exactly the findings (rule:severity) it lists.

mod common;

use std::collections::BTreeSet;

use fapiao_core::diag::Severity;
use fapiao_core::rules::{self, Report, REFERENCE};
use serde_json::{Map, Value};

struct Case {
    rule: String,
    name: String,
    expect: Vec<String>,
    report: Report,
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn load_cases() -> Vec<Case> {
    let doc: Value = serde_json::from_str(&common::read_fixture("rules/cases.json"))
        .expect("cases.json is JSON");
    let base = doc["base"].as_object().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for case in doc["cases"].as_array().expect("cases") {
        let invoices: Vec<Map<String, Value>> = case["invoices"]
            .as_array()
            .expect("invoices")
            .iter()
            .map(|v| {
                let over = v.as_object().cloned().unwrap_or_default();
                let mut m = if over.get("bare") == Some(&Value::Bool(true)) {
                    Map::new()
                } else {
                    base.clone()
                };
                for (k, v) in over {
                    match v {
                        Value::Null => {
                            m.remove(&k);
                        }
                        Value::Bool(_) => {}
                        v => {
                            m.insert(k, v);
                        }
                    }
                }
                m
            })
            .collect();
        let format = case.get("format").and_then(Value::as_str).unwrap_or("csv");
        let parsed = common::parsed("ledger.csv", format, &invoices);
        let ctx = common::context(case.get("context"));
        let mut expect: Vec<String> = case["expect"]
            .as_array()
            .expect("expect")
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        expect.sort();
        out.push(Case {
            rule: case["rule"].as_str().unwrap_or("").to_string(),
            name: case["name"].as_str().unwrap_or("").to_string(),
            expect,
            report: rules::validate(&[&parsed], &ctx),
        });
    }
    out
}

fn found(report: &Report) -> Vec<String> {
    let mut v: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{}:{}", f.rule, severity(f.severity)))
        .collect();
    v.sort();
    v
}

#[test]
fn every_case_finds_exactly_what_it_expects() {
    let cases = load_cases();
    assert!(cases.len() > 60, "cases.json holds {} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let got = found(&c.report);
        if got != c.expect {
            failures.push(format!(
                "{} / {}: expected {:?}, found {:?}\n{:#?}",
                c.rule, c.name, c.expect, got, c.report.findings
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_positive_and_a_negative_case() {
    let cases = load_cases();
    for rule in REFERENCE {
        let own: Vec<&Case> = cases.iter().filter(|c| c.rule == rule.id).collect();
        assert!(
            own.iter().any(|c| c
                .expect
                .iter()
                .any(|e| e.starts_with(&format!("{}:", rule.id)))),
            "{}: no positive case",
            rule.id
        );
        assert!(
            own.iter().any(|c| !c
                .expect
                .iter()
                .any(|e| e.starts_with(&format!("{}:", rule.id)))),
            "{}: no negative case",
            rule.id
        );
    }
}

#[test]
fn findings_are_bilingual_placed_and_in_the_reference() {
    let ids: BTreeSet<&str> = REFERENCE.iter().map(|r| r.id).collect();
    for c in load_cases() {
        for f in &c.report.findings {
            assert!(
                ids.contains(f.rule.as_str()),
                "{}: {} is not in the reference",
                c.name,
                f.rule
            );
            let reference = rules::rule(&f.rule).expect("reference entry");
            assert!(
                reference.severities.contains(&f.severity),
                "{}: {} may not be {:?}",
                c.name,
                f.rule,
                f.severity
            );
            for t in [&f.message, &f.action] {
                assert!(
                    !t.zh.is_empty() && !t.en.is_empty(),
                    "{}: {} lacks a language",
                    c.name,
                    f.rule
                );
                assert!(
                    t.zh.chars()
                        .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
                    "{}: zh text is not Chinese: {}",
                    c.name,
                    t.zh
                );
                assert!(
                    t.en.is_ascii() || t.en.chars().filter(char::is_ascii_alphabetic).count() > 10,
                    "{}: en text: {}",
                    c.name,
                    t.en
                );
            }
            assert_eq!(f.file, "ledger.csv");
            if f.row.is_some() {
                assert!(
                    f.column.is_some(),
                    "{}: {} has a row but no column",
                    c.name,
                    f.rule
                );
                assert!(f.field.is_some(), "{}: {} names no field", c.name, f.rule);
            }
        }
    }
}

#[test]
fn messages_carry_the_values() {
    let cases = load_cases();
    let case = cases
        .iter()
        .find(|c| c.name == "wrong check character")
        .expect("case");
    let f = &case.report.findings[0];
    assert_eq!(f.value.as_deref(), Some("91110108MA01ABCD2X"));
    assert_eq!(
        (f.row, f.column.as_deref(), f.field.as_deref()),
        (Some(2), Some("E"), Some("seller_tax_id"))
    );
    assert!(f.message.zh.contains("91110108MA01ABCD2X") && f.message.zh.contains('H'));
    assert!(
        f.message.en.contains("check character H") && f.message.en.contains("early pilot code")
    );
    assert_eq!(f.invoice_number.as_deref(), Some("24112000000012345678"));
}
