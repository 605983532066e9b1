//! CSV: one row per exception, UTF-8 with a BOM so Excel reads the Chinese text.
//!
//! Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a
//! leading `'`; ids and numbers are always quoted text.

use super::{exception_cells, Report, HEADER};

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

/// The report's exceptions as CSV bytes (UTF-8 with BOM, CRLF line ends).
pub fn render(report: &Report) -> Vec<u8> {
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
    line(&HEADER);
    for e in &report.exceptions {
        let cells = exception_cells(e);
        line(&cells.each_ref().map(String::as_str));
    }
    out.into_bytes()
}
