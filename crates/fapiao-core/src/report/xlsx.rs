//! XLSX: a summary sheet and one sheet per exception kind.
//!
//! No value is ever written as a formula. Text that a spreadsheet would run as one (`=`, `+`,
//! `-`, `@`, tab, CR first) gets Excel's quote prefix, so it stays inert text even when a user
//! edits the cell, and keeps its exact value for anyone reading the file. A plain number (row
//! numbers, a negative amount) outside the identifier columns is written as a number, so `-100.00`
//! stays a number; invoice numbers, codes and ids are always text. Frozen header, autofilter and
//! column widths. Document properties are fixed (creation date = the as-of date), so the same report
//! always gives the same workbook.
//!
//! Note for wasm32: `rust_xlsxwriter` asks the system clock for a default creation time before
//! we overwrite it; on `wasm32-unknown-unknown` the app must enable its `wasm` feature.

use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{csv::is_formula_start, exception_cells, ExceptionKind, Report, HEADER};
use crate::diag::{Diagnostic, Place, Severity};
use crate::text::Text;

const WIDTHS: [f64; 14] = [
    6.0, 18.0, 22.0, 24.0, 8.0, 24.0, 14.0, 8.0, 40.0, 24.0, 60.0, 60.0, 50.0, 50.0,
];

/// Columns of [`HEADER`] that hold identifiers (kind, diagnosis, invoice numbers, sheet, rule
/// ids): always text, whatever they look like.
const IDENTIFIER_COLUMNS: [usize; 6] = [1, 2, 3, 5, 6, 9];

/// The formats a cell can be written with.
struct Styles {
    bold: Format,
    /// Text format (`@`), for text and identifiers.
    text: Format,
    /// Text format with Excel's quote prefix, for text that starts like a formula.
    quoted: Format,
}

/// `cell` as a number for the sheet, if it is a plain decimal (`-100.00`, `12`) that a double
/// holds exactly enough to show the same digits (15 significant digits at most).
fn plain_number(cell: &str) -> Option<f64> {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = !int.is_empty()
        && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        && (frac.is_empty() || digits.ends_with(|c: char| c.is_ascii_digit()))
        && int.trim_start_matches('0').len() + frac.len() <= 15;
    if !plain {
        return None;
    }
    Decimal::from_str(cell).ok()?.to_f64()
}

/// Writes one cell: a number when `identifier` is false and the text is a plain number, else
/// text, quote-prefixed when it starts like a formula.
fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &str,
    identifier: bool,
    styles: &Styles,
) -> Result<(), XlsxError> {
    if !identifier {
        if let Some(n) = plain_number(cell) {
            ws.write_number(row, col, n)?;
            return Ok(());
        }
    }
    let format = if is_formula_start(cell) {
        &styles.quoted
    } else {
        &styles.text
    };
    ws.write_string_with_format(row, col, cell, format)?;
    Ok(())
}

fn sheet_name(kind: ExceptionKind) -> String {
    format!("{} {}", kind.label().zh, kind.id())
}

fn header(ws: &mut Worksheet, cells: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (c, h) in cells.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn summary_sheet(ws: &mut Worksheet, report: &Report, styles: &Styles) -> Result<(), XlsxError> {
    ws.set_name("汇总 Summary")?;
    header(ws, &["项目/item", "值/value"], &styles.bold)?;
    // (label, value, whether the value is an identifier: names and fingerprints stay text)
    let mut rows: Vec<(String, String, bool)> = Vec::new();
    let as_of = report.as_of.map(|d| d.to_string()).unwrap_or_default();
    rows.push(("核对日 / as of".into(), as_of, true));
    for i in &report.inputs {
        let role = i.role.label();
        rows.push((
            format!("{} / {}", role.zh, role.en),
            i.file.name.clone(),
            true,
        ));
        rows.push(("  SHA-256".into(), i.file.sha256.clone(), true));
        rows.push(("  行数 / rows".into(), i.file.rows.to_string(), false));
    }
    let matched = report.summary.matched.to_string();
    rows.push(("匹配 / matched".into(), matched, false));
    for (kind, n) in &report.summary.exceptions {
        let l = kind.label();
        rows.push((format!("{} / {}", l.zh, l.en), n.to_string(), false));
    }
    let compared: Vec<&str> = report.compared_fields.iter().map(|f| f.id()).collect();
    rows.push((
        "比对字段 / compared fields".into(),
        compared.join(", "),
        true,
    ));
    for (r, (k, v, identifier)) in rows.iter().enumerate() {
        ws.write_string(r as u32 + 1, 0, k)?;
        write_cell(ws, r as u32 + 1, 1, v, *identifier, styles)?;
    }
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 70)?;
    Ok(())
}

fn build(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let mut props = DocProperties::new()
        .set_title("发票核对报告 Invoice reconciliation report")
        .set_author("Fapiao Check");
    let date = report
        .as_of
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "2000-01-01".into());
    if let Ok(dt) = ExcelDateTime::parse_from_str(&date) {
        props = props.set_creation_datetime(&dt);
    }
    wb.set_properties(&props);
    let text = Format::new().set_num_format("@");
    let styles = Styles {
        bold: Format::new().set_bold(),
        quoted: text.clone().set_quote_prefix(),
        text,
    };

    summary_sheet(wb.add_worksheet(), report, &styles)?;
    for kind in ExceptionKind::ALL {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(kind))?;
        header(ws, &HEADER, &styles.bold)?;
        let mut last = 0u32;
        for e in report.of_kind(kind) {
            last += 1;
            for (c, cell) in exception_cells(e).iter().enumerate() {
                let identifier = IDENTIFIER_COLUMNS.contains(&c);
                write_cell(ws, last, c as u16, cell, identifier, &styles)?;
            }
        }
        ws.autofilter(0, 0, last, HEADER.len() as u16 - 1)?;
        for (c, w) in WIDTHS.iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
    }
    wb.save_to_buffer()
}

/// The report as XLSX bytes; `Err` only if the workbook cannot be built (a cell too long).
pub fn render(report: &Report) -> Result<Vec<u8>, Diagnostic> {
    build(report).map_err(|e| Diagnostic {
        id: "report.xlsx".into(),
        severity: Severity::Error,
        place: Place::default(),
        message: Text::new(
            format!("无法生成 XLSX 报告：{e}"),
            format!("The XLSX report could not be built: {e}"),
        ),
        action: Text::new(
            "请改用 CSV 或 JSON 格式导出。",
            "Export the report as CSV or JSON instead.",
        ),
    })
}
