//! Builders for hand-made ledgers and exports, shared by the reconcile tests.
#![allow(dead_code)] // each test file uses a different part

use std::str::FromStr;

use chrono::NaiveDate;
use fapiao_core::diag::Place;
use fapiao_core::model::{Field, FieldName, InputInfo, Invoice, Origin, Status};
use fapiao_core::parse::Parsed;
use rust_decimal::Decimal;

/// One row: number, date, seller tax id, total (amount and tax derived at 6%).
pub struct Row<'a> {
    pub number: &'a str,
    pub date: &'a str,
    pub seller: &'a str,
    pub total: &'a str,
    pub status: Option<(&'a str, Status)>,
}

pub fn row<'a>(number: &'a str, date: &'a str, seller: &'a str, total: &'a str) -> Row<'a> {
    Row {
        number,
        date,
        seller,
        total,
        status: None,
    }
}

pub fn invoice(file: &str, sheet: Option<&str>, line: u32, r: &Row) -> Invoice {
    let total = Decimal::from_str(r.total).ok();
    let date = NaiveDate::parse_from_str(r.date.get(..10).unwrap_or(""), "%Y-%m-%d").ok();
    let mut inv = Invoice {
        origin: Origin {
            place: Place {
                file: file.into(),
                sheet: sheet.map(Into::into),
                row: Some(line),
                column: None,
            },
            more_rows: Vec::new(),
        },
        number: Some(Field::unparsed(r.number)),
        issue_date: Some(Field {
            value: date,
            raw: r.date.into(),
        }),
        seller_tax_id: Some(Field::parsed(r.seller.into(), r.seller)),
        total: Some(Field {
            value: total,
            raw: r.total.into(),
        }),
        status: r.status.map(|(raw, s)| Field::parsed(s, raw)),
        ..Invoice::default()
    };
    for (field, column) in [
        (FieldName::InvoiceNumber, "A"),
        (FieldName::IssueDate, "B"),
        (FieldName::SellerTaxId, "C"),
        (FieldName::Total, "D"),
        (FieldName::Status, "E"),
    ] {
        if inv.raw(field).is_some() {
            inv.columns.set(field, Some(column.into()));
        }
    }
    inv
}

/// A ledger (CSV, header on row 1) of the given rows.
pub fn ledger(rows: &[Row]) -> Parsed {
    parsed("ledger.csv", None, 2, rows)
}

/// An export (sheet 发票基础信息, two title rows and a header: data from row 4).
pub fn export(rows: &[Row]) -> Parsed {
    parsed("export.xlsx", Some("发票基础信息"), 4, rows)
}

fn parsed(name: &str, sheet: Option<&str>, first_row: u32, rows: &[Row]) -> Parsed {
    Parsed {
        info: InputInfo {
            name: name.into(),
            sheet: sheet.map(str::to_string),
            rows: rows.len() as u32,
            ..InputInfo::default()
        },
        invoices: rows
            .iter()
            .enumerate()
            .map(|(i, r)| invoice(name, sheet, first_row + i as u32, r))
            .collect(),
        diagnostics: vec![],
    }
}
