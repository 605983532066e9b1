//! CSV: one row per exception, UTF-8 with a BOM so Excel reads the Chinese text.
//!
//! Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a
//! leading `'`; ids and numbers are always quoted text.

use super::{fields_line, Report, RowRef};

/// The header row, Chinese / English.
pub const HEADER: [&str; 14] = [
    "编号/id",
    "类型/kind",
    "诊断/diagnosis",
    "发票号码/invoice_number",
    "台账行/ledger_row",
    "台账号码/ledger_number",
    "导出工作表/export_sheet",
    "导出行/export_row",
    "差异/differences",
    "规则/rules",
    "说明/message",
    "message",
    "处理/action",
    "action",
];

/// Makes a cell safe to open in a spreadsheet: a leading `'` before formula starters.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn push_cell(out: &mut String, cell: &str) {
    let cell = neutralise(cell);
    out.push('"');
    out.push_str(&cell.replace('"', "\"\""));
    out.push('"');
}

fn row_text(r: &Option<RowRef>) -> String {
    r.as_ref()
        .and_then(|r| r.row)
        .map(|n| n.to_string())
        .unwrap_or_default()
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
        let id = e.id.to_string();
        let ledger_number = e.ledger.as_ref().map(|r| r.invoice_number.as_str());
        let sheet = e.export.as_ref().and_then(|r| r.sheet.as_deref());
        let (lrow, erow) = (row_text(&e.ledger), row_text(&e.export));
        let fields = fields_line(&e.fields);
        let rules = e.rules.join(", ");
        line(&[
            &id,
            e.kind.id(),
            &e.diagnosis,
            &e.invoice_number,
            &lrow,
            ledger_number.unwrap_or(""),
            sheet.unwrap_or(""),
            &erow,
            &fields,
            &rules,
            &e.message.zh,
            &e.message.en,
            &e.action.zh,
            &e.action.en,
        ]);
    }
    out.into_bytes()
}
