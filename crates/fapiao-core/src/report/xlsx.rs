//! XLSX: a summary sheet and one sheet per exception kind.
//!
//! Every value is written as a text cell (never a formula, so a cell like `=HYPERLINK(…)` stays
//! inert text), ids in text-formatted columns, with a frozen header, an autofilter and column
//! widths. Document properties are fixed (creation date = the as-of date), so the same report
//! always gives the same workbook.
//!
//! Note for wasm32: `rust_xlsxwriter` asks the system clock for a default creation time before
//! we overwrite it; on `wasm32-unknown-unknown` the app must enable its `wasm` feature.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{exception_cells, ExceptionKind, Report, HEADER};
use crate::diag::{Diagnostic, Place, Severity};
use crate::text::Text;

const WIDTHS: [f64; 14] = [
    6.0, 18.0, 22.0, 24.0, 8.0, 24.0, 14.0, 8.0, 40.0, 24.0, 60.0, 60.0, 50.0, 50.0,
];

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

fn summary_sheet(
    ws: &mut Worksheet,
    report: &Report,
    bold: &Format,
    text: &Format,
) -> Result<(), XlsxError> {
    ws.set_name("汇总 Summary")?;
    header(ws, &["项目/item", "值/value"], bold)?;
    let mut rows: Vec<(String, String)> = Vec::new();
    let as_of = report.as_of.map(|d| d.to_string()).unwrap_or_default();
    rows.push(("核对日 / as of".into(), as_of));
    for i in &report.inputs {
        let role = i.role.label();
        rows.push((format!("{} / {}", role.zh, role.en), i.file.name.clone()));
        rows.push(("  SHA-256".into(), i.file.sha256.clone()));
        rows.push(("  行数 / rows".into(), i.file.rows.to_string()));
    }
    rows.push(("匹配 / matched".into(), report.summary.matched.to_string()));
    for (kind, n) in &report.summary.exceptions {
        let l = kind.label();
        rows.push((format!("{} / {}", l.zh, l.en), n.to_string()));
    }
    let compared: Vec<&str> = report.compared_fields.iter().map(|f| f.id()).collect();
    rows.push(("比对字段 / compared fields".into(), compared.join(", ")));
    for (r, (k, v)) in rows.iter().enumerate() {
        ws.write_string(r as u32 + 1, 0, k)?;
        ws.write_string_with_format(r as u32 + 1, 1, v, text)?;
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
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");

    summary_sheet(wb.add_worksheet(), report, &bold, &text)?;
    for kind in ExceptionKind::ALL {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(kind))?;
        header(ws, &HEADER, &bold)?;
        let mut last = 0u32;
        for e in report.of_kind(kind) {
            last += 1;
            for (c, cell) in exception_cells(e).iter().enumerate() {
                ws.write_string_with_format(last, c as u16, cell, &text)?;
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
