//! Helpers shared by the reader tests: fixture loading and a compact, reviewable rendering of
//! what was read (used for golden snapshots).

#![allow(dead_code)] // each test binary uses a part

use std::fmt::{Debug, Write};

use fapiao_core::model::{Field, FieldName, Invoice, LineField};
use fapiao_core::parse::{read, Parsed, ReadOptions};

/// The bytes of `fixtures/read/<name>`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/read/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// Reads a fixture that must be usable.
pub fn read_ok(name: &str, options: &ReadOptions) -> Parsed {
    read(name, &fixture(name), options)
        .unwrap_or_else(|d| panic!("{name}: {} {}", d.id, d.message.en))
}

fn field<T: Debug>(out: &mut Vec<String>, name: &str, f: &Option<Field<T>>, col: Option<&str>) {
    if let Some(f) = f {
        let value = match &f.value {
            Some(v) => format!("{v:?}"),
            None => "∅".to_string(),
        };
        let col = col.unwrap_or("?");
        out.push(format!("{name}={value} ‹{}›{col}", f.raw));
    }
}

/// One line per invoice field (value, ‹raw›, column) and per line item.
pub fn render_invoice(s: &mut String, inv: &Invoice) {
    let p = &inv.origin.place;
    let _ = writeln!(
        s,
        "invoice {}{} rows={:?}",
        p.sheet
            .as_deref()
            .map(|x| format!("{x}!"))
            .unwrap_or_default(),
        p.row.unwrap_or(0),
        inv.origin.rows().collect::<Vec<_>>()
    );
    let mut out = Vec::new();
    field(
        &mut out,
        "code",
        &inv.code,
        inv.column(FieldName::InvoiceCode),
    );
    field(
        &mut out,
        "number",
        &inv.number,
        inv.column(FieldName::InvoiceNumber),
    );
    field(
        &mut out,
        "date",
        &inv.issue_date,
        inv.column(FieldName::IssueDate),
    );
    field(
        &mut out,
        "seller",
        &inv.seller_name,
        inv.column(FieldName::SellerName),
    );
    field(
        &mut out,
        "seller_id",
        &inv.seller_tax_id,
        inv.column(FieldName::SellerTaxId),
    );
    field(
        &mut out,
        "buyer",
        &inv.buyer_name,
        inv.column(FieldName::BuyerName),
    );
    field(
        &mut out,
        "buyer_id",
        &inv.buyer_tax_id,
        inv.column(FieldName::BuyerTaxId),
    );
    field(
        &mut out,
        "amount",
        &inv.amount,
        inv.column(FieldName::Amount),
    );
    field(&mut out, "tax", &inv.tax, inv.column(FieldName::Tax));
    field(&mut out, "total", &inv.total, inv.column(FieldName::Total));
    field(&mut out, "rate", &inv.rate, inv.column(FieldName::TaxRate));
    field(
        &mut out,
        "status",
        &inv.status,
        inv.column(FieldName::Status),
    );
    field(
        &mut out,
        "kind",
        &inv.kind,
        inv.column(FieldName::InvoiceKind),
    );
    field(
        &mut out,
        "check",
        &inv.check_code,
        inv.column(FieldName::CheckCode),
    );
    field(
        &mut out,
        "remark",
        &inv.remark,
        inv.column(FieldName::Remark),
    );
    for f in out {
        let _ = writeln!(s, "  {f}");
    }
    for line in &inv.lines {
        let mut out = Vec::new();
        field(&mut out, "name", &line.name, line.column(LineField::Name));
        field(
            &mut out,
            "tax_code",
            &line.tax_code,
            line.column(LineField::TaxCode),
        );
        field(
            &mut out,
            "qty",
            &line.quantity,
            line.column(LineField::Quantity),
        );
        field(
            &mut out,
            "price",
            &line.unit_price,
            line.column(LineField::UnitPrice),
        );
        field(
            &mut out,
            "amount",
            &line.amount,
            line.column(LineField::Amount),
        );
        field(&mut out, "rate", &line.rate, line.column(LineField::Rate));
        field(&mut out, "tax", &line.tax, line.column(LineField::Tax));
        let _ = writeln!(
            s,
            "  line {}!{}: {}",
            line.place.sheet.as_deref().unwrap_or(""),
            line.place.row.unwrap_or(0),
            out.join(" | ")
        );
    }
}

/// The whole read, compact: input facts (no fingerprint), mapping, diagnostics, records.
pub fn render(p: &Parsed) -> String {
    let mut s = String::new();
    let i = &p.info;
    let _ = writeln!(
        s,
        "format={} encoding={:?} delimiter={:?} sheets={:?} sheet={:?} header_row={:?} rows={}",
        i.format, i.encoding, i.delimiter, i.sheets, i.sheet, i.header_row, i.rows
    );
    for (field, col) in &i.columns {
        let header = i.headers.get(field).map(String::as_str).unwrap_or("");
        let _ = writeln!(s, "map {}={col} “{header}”", field.id());
    }
    for d in &p.diagnostics {
        let _ = writeln!(
            s,
            "diag {:?} {} sheet={:?} row={:?} col={:?}: {}",
            d.severity, d.id, d.place.sheet, d.place.row, d.place.column, d.message.en
        );
    }
    for inv in &p.invoices {
        render_invoice(&mut s, inv);
    }
    s
}
