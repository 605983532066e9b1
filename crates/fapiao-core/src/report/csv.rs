//! CSV: one row per exception (or per validation finding), UTF-8 with a BOM so Excel reads the
//! Chinese text.
//!
//! Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a
//! leading `'`; ids and numbers are always quoted text.

use super::{exception_cells, Report, HEADER};
use crate::diag::Severity;
use crate::rules;

/// True when a spreadsheet would run `cell` as a formula: it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return.
pub fn is_formula_start(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Makes a cell safe to open in a spreadsheet: a leading `'` before formula starters.
pub fn neutralise(cell: &str) -> String {
    if is_formula_start(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn push_cell(out: &mut String, cell: &str) {
    let cell = neutralise(cell);
    out.push('"');
    out.push_str(&cell.replace('"', "\"\""));
    out.push('"');
}

/// A header and rows of cells as CSV bytes: UTF-8 with a BOM, CRLF line ends, every cell
/// quoted and neutralised.
fn table<const N: usize>(header: &[&str; N], rows: impl Iterator<Item = [String; N]>) -> Vec<u8> {
    let mut out = String::from("\u{FEFF}");
    let mut line = |cells: &[&str]| {
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, c);
        }
        out.push_str("\r\n");
    };
    line(header);
    for cells in rows {
        line(&cells.each_ref().map(String::as_str));
    }
    out.into_bytes()
}

/// The report's exceptions as CSV bytes (UTF-8 with BOM, CRLF line ends).
pub fn render(report: &Report) -> Vec<u8> {
    table(&HEADER, report.exceptions.iter().map(exception_cells))
}

/// The columns of [`findings`].
pub const FINDINGS_HEADER: [&str; 13] = [
    "级别/severity",
    "规则/rule",
    "文件/file",
    "工作表/sheet",
    "行/row",
    "列/column",
    "字段/field",
    "值/value",
    "发票号码/invoice_number",
    "说明/message",
    "message",
    "处理/action",
    "action",
];

/// A validation's findings as CSV bytes, one row each (UTF-8 with BOM, CRLF line ends): the
/// list a merchant works through in Excel or WPS, row by row of the ledger.
pub fn findings(report: &rules::Report) -> Vec<u8> {
    let rows = report.findings.iter().map(|f| {
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        [
            match f.severity {
                Severity::Error => "错误/error",
                Severity::Warning => "警告/warning",
                Severity::Info => "提示/info",
            }
            .to_string(),
            f.rule.clone(),
            f.file.clone(),
            text(&f.sheet),
            f.row.map(|r| r.to_string()).unwrap_or_default(),
            text(&f.column),
            text(&f.field),
            text(&f.value),
            text(&f.invoice_number),
            f.message.zh.clone(),
            f.message.en.clone(),
            f.action.zh.clone(),
            f.action.en.clone(),
        ]
    });
    table(&FINDINGS_HEADER, rows)
}
