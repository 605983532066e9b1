//! Test support: builds `Parsed` inputs from compact JSON cases (field id → raw text).
//!
//! Raw text is turned into values the way a reader would (digits-only numbers, dates, money,
//! rates, statuses); text that does not parse keeps `value: None`, as readers do.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::str::FromStr;

use chrono::NaiveDate;
use fapiao_core::diag::{column_letters, Place};
use fapiao_core::model::{
    Field, FieldName, InputInfo, Invoice, InvoiceKind, LineItem, Origin, Status, TaxRate,
};
use fapiao_core::parse::Parsed;
use fapiao_core::rules::{Context, Direction};
use rust_decimal::Decimal;
use serde_json::Value;

/// The path of a fixture file.
pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Reads a fixture as text.
pub fn read_fixture(rel: &str) -> String {
    std::fs::read_to_string(fixture(rel)).unwrap_or_else(|e| panic!("fixture {rel}: {e}"))
}

fn column(field: FieldName) -> Option<String> {
    FieldName::ALL
        .iter()
        .position(|f| *f == field)
        .map(column_letters)
}

fn text(raw: &str, field: FieldName) -> Field<String> {
    Field::parsed(raw.trim().to_string(), raw, column(field))
}

fn digits(raw: &str, field: FieldName) -> Field<String> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        Field::parsed(s, raw, column(field))
    } else {
        Field::unparsed(raw, column(field))
    }
}

fn parse<T>(raw: &str, field: FieldName, f: impl Fn(&str) -> Option<T>) -> Field<T> {
    match f(raw.trim()) {
        Some(v) => Field::parsed(v, raw, column(field)),
        None => Field::unparsed(raw, column(field)),
    }
}

/// Money as a reader reads it: plain decimal text.
pub fn money(s: &str) -> Option<Decimal> {
    Decimal::from_str(s).ok()
}

/// `13%`, `0.13`, `免税`, `不征税`.
pub fn rate(s: &str) -> Option<TaxRate> {
    match s {
        "免税" => Some(TaxRate::Exempt),
        "不征税" => Some(TaxRate::NotTaxable),
        _ => match s.strip_suffix('%') {
            Some(p) => Decimal::from_str(p)
                .ok()
                .map(|p| TaxRate::Rate(p / Decimal::ONE_HUNDRED)),
            None => Decimal::from_str(s)
                .ok()
                .filter(|r| *r < Decimal::ONE)
                .map(TaxRate::Rate),
        },
    }
}

fn date(s: &str) -> Option<NaiveDate> {
    let day = s.split_whitespace().next().unwrap_or("");
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(day, "%Y%m%d"))
        .ok()
}

fn status(s: &str) -> Option<Status> {
    Some(match s {
        "正常" => Status::Normal,
        "作废" | "已作废" => Status::Voided,
        "已红冲-全额" | "全额红冲" | "红冲" | "已红冲" => Status::Reversed,
        "已红冲-部分" | "部分红冲" => Status::PartlyReversed,
        "红字" => Status::Red,
        "失控" | "异常" => Status::Abnormal,
        _ => return None,
    })
}

fn kind(s: &str) -> Option<InvoiceKind> {
    Some(match s {
        "01" => InvoiceKind::Special,
        "02" => InvoiceKind::Freight,
        "03" => InvoiceKind::MotorVehicle,
        "04" => InvoiceKind::Ordinary,
        "08" => InvoiceKind::ElectronicSpecial,
        "10" => InvoiceKind::ElectronicOrdinary,
        "11" => InvoiceKind::Roll,
        "14" => InvoiceKind::Toll,
        "15" => InvoiceKind::UsedVehicle,
        "31" => InvoiceKind::DigitalSpecial,
        "32" => InvoiceKind::DigitalOrdinary,
        _ => return None,
    })
}

fn line(v: &Value, place: Place) -> LineItem {
    let get = |k: &str| v.get(k).and_then(Value::as_str);
    let col = |f: FieldName| column(f);
    LineItem {
        place,
        name: get("name").map(|r| Field::parsed(r.to_string(), r, None)),
        tax_code: get("tax_code").map(|r| Field::parsed(r.to_string(), r, col(FieldName::TaxCode))),
        quantity: None,
        unit_price: None,
        amount: get("amount").map(|r| parse(r, FieldName::Amount, money)),
        rate: get("tax_rate").map(|r| parse(r, FieldName::TaxRate, rate)),
        tax: get("tax").map(|r| parse(r, FieldName::Tax, money)),
    }
}

/// Builds one invoice from a map of field id → raw text (and `lines`), at `row` of `file`.
pub fn invoice(map: &serde_json::Map<String, Value>, file: &str, row: u32) -> Invoice {
    let place = Place {
        file: file.into(),
        sheet: None,
        row: Some(row),
        column: None,
    };
    let mut inv = Invoice {
        origin: Origin {
            place: place.clone(),
            rows: vec![row],
        },
        ..Invoice::default()
    };
    for (key, value) in map {
        if key == "lines" {
            for (i, l) in value.as_array().into_iter().flatten().enumerate() {
                let row = row + i as u32;
                inv.lines.push(line(
                    l,
                    Place {
                        row: Some(row),
                        ..place.clone()
                    },
                ));
            }
            continue;
        }
        let Some(raw) = value.as_str() else { continue };
        let field = FieldName::from_id(key).unwrap_or_else(|| panic!("unknown field {key}"));
        match field {
            FieldName::InvoiceCode => inv.code = Some(digits(raw, field)),
            FieldName::InvoiceNumber => inv.number = Some(digits(raw, field)),
            FieldName::CheckCode => inv.check_code = Some(digits(raw, field)),
            FieldName::IssueDate => inv.issue_date = Some(parse(raw, field, date)),
            FieldName::SellerName => inv.seller_name = Some(text(raw, field)),
            FieldName::BuyerName => inv.buyer_name = Some(text(raw, field)),
            FieldName::SellerTaxId => {
                inv.seller_tax_id = Some(parse(raw, field, |s| Some(s.to_uppercase())))
            }
            FieldName::BuyerTaxId => {
                inv.buyer_tax_id = Some(parse(raw, field, |s| Some(s.to_uppercase())))
            }
            FieldName::Amount => inv.amount = Some(parse(raw, field, money)),
            FieldName::Tax => inv.tax = Some(parse(raw, field, money)),
            FieldName::Total => inv.total = Some(parse(raw, field, money)),
            FieldName::TotalInWords => inv.total_in_words = Some(text(raw, field)),
            FieldName::TaxRate => inv.rate = Some(parse(raw, field, rate)),
            FieldName::Status => inv.status = Some(parse(raw, field, status)),
            FieldName::InvoiceKind => inv.kind = Some(parse(raw, field, kind)),
            FieldName::Remark => inv.remark = Some(text(raw, field)),
            FieldName::Positive | FieldName::TaxCode | FieldName::Serial => {}
        }
    }
    inv
}

/// Builds a `Parsed` input of `format` from invoice maps, one per row starting at row 2.
pub fn parsed(name: &str, format: &str, invoices: &[serde_json::Map<String, Value>]) -> Parsed {
    let mut row = 2;
    let invoices: Vec<Invoice> = invoices
        .iter()
        .map(|m| {
            let inv = invoice(m, name, row);
            row += inv.lines.len().max(1) as u32;
            inv
        })
        .collect();
    let mut columns = BTreeMap::new();
    for inv in &invoices {
        for f in FieldName::ALL {
            if let Some(c) = inv.column(f) {
                columns.insert(f, c.to_string());
            }
        }
    }
    Parsed {
        info: InputInfo {
            name: name.into(),
            sha256: "0".repeat(64),
            format: format.into(),
            header_row: Some(1),
            rows: invoices.len() as u32,
            columns,
            ..InputInfo::default()
        },
        invoices,
        diagnostics: Vec::new(),
    }
}

/// A context from a JSON object (`as_of`, `my_tax_id`, `direction`), defaulting to 2024-11-30, received.
pub fn context(v: Option<&Value>) -> Context {
    let get = |k: &str| v.and_then(|v| v.get(k)).and_then(Value::as_str);
    Context {
        as_of: get("as_of")
            .and_then(date)
            .unwrap_or(NaiveDate::from_ymd_opt(2024, 11, 30).unwrap()),
        my_tax_id: get("my_tax_id").map(str::to_owned),
        direction: if get("direction") == Some("issued") {
            Direction::Issued
        } else {
            Direction::Received
        },
    }
}
