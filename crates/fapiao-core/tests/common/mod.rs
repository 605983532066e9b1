//! Test support: builds `Parsed` inputs from compact JSON cases (field id → raw text).
//!
//! Raw text is turned into values by the readers' own normalisers (`parse::values`); text
//! that does not parse keeps `value: None`, as readers do.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use fapiao_core::diag::{column_letters, Place};
use fapiao_core::model::{
    Columns, Field, FieldName, InputInfo, Invoice, InvoiceKind, LineField, LineItem, Origin, Slot,
};
use fapiao_core::parse::{qr, values, Parsed};
use fapiao_core::rules::{Context, Direction};
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

/// A field read by one of the readers' normalisers (`parse::values`); `column` is where the
/// caller notes its column.
fn parse<T>(
    raw: &str,
    column: (&mut Columns, impl Slot, Option<String>),
    read: impl Fn(&str) -> Option<T>,
) -> Field<T> {
    let (columns, slot, letters) = column;
    columns.set(slot, letters.map(Into::into));
    Field {
        value: read(raw),
        raw: raw.into(),
    }
}

/// A kind from a QR type code (`32`) or a 票种 text.
fn kind(s: &str) -> Option<InvoiceKind> {
    qr::kind_of_type(s).or_else(|| values::invoice_kind(s))
}

fn line(v: &Value, place: Place) -> LineItem {
    let col = column;
    let get = |k: &str| v.get(k).and_then(Value::as_str);
    let mut c = Columns::default();
    LineItem {
        place,
        name: get("name").map(|r| parse(r, (&mut c, LineField::Name, None), values::text)),
        tax_code: get("tax_code").map(|r| {
            let at = (&mut c, LineField::TaxCode, col(FieldName::TaxCode));
            parse(r, at, values::text)
        }),
        quantity: None,
        unit_price: None,
        amount: get("amount").map(|r| {
            let at = (&mut c, LineField::Amount, col(FieldName::Amount));
            parse(r, at, values::money)
        }),
        rate: get("tax_rate").map(|r| {
            let at = (&mut c, LineField::Rate, col(FieldName::TaxRate));
            parse(r, at, values::tax_rate)
        }),
        tax: get("tax").map(|r| {
            parse(
                r,
                (&mut c, LineField::Tax, col(FieldName::Tax)),
                values::money,
            )
        }),
        columns: c,
    }
}

/// Builds one invoice from a map of field id → raw text (and `lines`), at `row` of `file`,
/// with columns in [`FieldName::ALL`] order.
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
            more_rows: Vec::new(),
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
        let c = (&mut inv.columns, field, column(field));
        match field {
            FieldName::InvoiceCode => inv.code = Some(parse(raw, c, values::digits)),
            FieldName::InvoiceNumber => inv.number = Some(parse(raw, c, values::digits)),
            FieldName::CheckCode => inv.check_code = Some(parse(raw, c, values::digits)),
            FieldName::IssueDate => inv.issue_date = Some(parse(raw, c, values::date)),
            FieldName::SellerName => inv.seller_name = Some(parse(raw, c, values::text)),
            FieldName::BuyerName => inv.buyer_name = Some(parse(raw, c, values::text)),
            FieldName::SellerTaxId => inv.seller_tax_id = Some(parse(raw, c, values::tax_id)),
            FieldName::BuyerTaxId => inv.buyer_tax_id = Some(parse(raw, c, values::tax_id)),
            FieldName::Amount => inv.amount = Some(parse(raw, c, values::money)),
            FieldName::Tax => inv.tax = Some(parse(raw, c, values::money)),
            FieldName::Total => inv.total = Some(parse(raw, c, values::money)),
            FieldName::TotalInWords => inv.total_in_words = Some(parse(raw, c, values::text)),
            FieldName::TaxRate => inv.rate = Some(parse(raw, c, values::tax_rate)),
            FieldName::Status => inv.status = Some(parse(raw, c, values::status)),
            FieldName::InvoiceKind => inv.kind = Some(parse(raw, c, kind)),
            FieldName::Remark => inv.remark = Some(parse(raw, c, values::text)),
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
            .and_then(values::date)
            .unwrap_or(NaiveDate::from_ymd_opt(2024, 11, 30).unwrap()),
        my_tax_id: get("my_tax_id").map(str::to_owned),
        direction: if get("direction") == Some("issued") {
            Direction::Issued
        } else {
            Direction::Received
        },
    }
}
