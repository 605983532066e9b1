//! No input makes a rule panic: hostile values in every field, alone and together.

mod common;

use fapiao_core::model::FieldName;
use fapiao_core::rules;
use serde_json::{Map, Value};

const HOSTILE: [&str; 18] = [
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "0.0000000000000000000000000001",
    "7922816251426433759354395033%",
    "-5000%",
    "1e309",
    "2.4E+99999999999999999999",
    "9.9E+39",
    "'",
    "''''",
    "壹亿壹亿壹亿壹亿壹亿壹亿壹亿壹亿圆整",
    "拾拾拾",
    "角分整正元圆",
    "负",
    "🧾🧾🧾",
    "\u{0}\u{feff}\t",
    "00000000000000000000000000000000000000000",
    "99999999999999999999",
];

#[test]
fn hostile_values_in_every_field_do_not_panic() {
    let base: Map<String, Value> = serde_json::from_str(
        r#"{"invoice_number": "24112000000012345678", "invoice_code": "011001900311", "issue_date": "2024-11-05",
            "seller_tax_id": "91110108MA01ABCD2H", "buyer_tax_id": "91310115MA1K3YJ70G", "amount": "100.00",
            "tax_rate": "13%", "tax": "13.00", "total": "113.00", "total_in_words": "壹佰壹拾叁圆整",
            "status": "正常", "invoice_kind": "31", "check_code": "01731581649436515692"}"#,
    )
    .expect("base");
    let long = "9".repeat(10_000);
    let mut maps = Vec::new();
    for field in FieldName::ALL {
        for value in HOSTILE.iter().copied().chain([long.as_str()]) {
            let mut m = base.clone();
            m.insert(field.id().into(), Value::String(value.into()));
            maps.push(m);
        }
    }
    let all_hostile: Vec<Map<String, Value>> = HOSTILE
        .iter()
        .map(|v| {
            FieldName::ALL
                .iter()
                .map(|f| (f.id().to_string(), Value::String(v.to_string())))
                .chain([(
                    "lines".to_string(),
                    serde_json::json!([{"amount": v, "tax_rate": v, "tax": v, "tax_code": v}]),
                )])
                .collect()
        })
        .collect();
    maps.extend(all_hostile);
    let parsed = common::parsed("hostile.csv", "csv", &maps);
    for as_of in ["2024-11-30", "1900-01-01", "9999-12-31"] {
        let ctx = common::context(Some(
            &serde_json::json!({"as_of": as_of, "my_tax_id": "ABC"}),
        ));
        let report = rules::validate(&[&parsed], &ctx);
        assert!(report.summary.error > 0);
        for f in &report.findings {
            assert!(
                !f.message.zh.is_empty() && !f.message.en.is_empty() && !f.action.en.is_empty()
            );
        }
    }
    let qr = common::parsed("hostile.txt", "qr", &maps);
    let report = rules::validate(&[&qr], &common::context(None));
    assert!(report.summary.by_rule.contains_key("qr.format"));
}
