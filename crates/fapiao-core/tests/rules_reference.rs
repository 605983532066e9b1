//! The rules reference is complete: every contract id is there once, in both languages.

use std::collections::BTreeSet;

use fapiao_core::rules::REFERENCE;

/// The rule ids promised to users (issue 5). Ids are never renamed; new ones may be added.
const CONTRACT: [&str; 22] = [
    "invoice_number.format",
    "invoice_number.excel_damaged",
    "invoice_number.region",
    "invoice_code.format",
    "tax_id.format",
    "tax_id.checksum",
    "date.format",
    "date.future",
    "date.too_old",
    "amount.total",
    "tax.calc",
    "tax.rate_invalid",
    "tax.rate_date",
    "amount_in_words.mismatch",
    "duplicate.key",
    "buyer.tax_id_mismatch",
    "check_code.format",
    "qr.format",
    "field.missing",
    "item.tax_code",
    "status.voided",
    "status.red",
];

#[test]
fn every_contract_id_has_one_entry() {
    let ids: Vec<&str> = REFERENCE.iter().map(|r| r.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids in {ids:?}");
    for id in CONTRACT {
        assert!(unique.contains(id), "{id} has no reference entry");
    }
}

#[test]
fn every_entry_speaks_both_languages() {
    for r in REFERENCE {
        assert!(
            r.id.split_once('.')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty()),
            "{}",
            r.id
        );
        assert!(!r.severities.is_empty(), "{}: no severity", r.id);
        for t in [r.title, r.checks, r.action] {
            assert!(
                t.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: zh missing: {}",
                r.id,
                t.zh
            );
            assert!(
                t.en.chars().filter(char::is_ascii_alphabetic).count() >= 3,
                "{}: en missing: {}",
                r.id,
                t.en
            );
        }
    }
}

#[test]
fn reference_serialises_for_the_app() {
    let json = serde_json::to_value(REFERENCE).expect("serialise");
    let first = &json[0];
    assert_eq!(first["id"], "invoice_number.format");
    assert_eq!(first["severities"][0], "error");
    assert_eq!(first["needs"][0][0], "invoice_number");
    assert!(first["title"]["zh"].is_string() && first["title"]["en"].is_string());
}
