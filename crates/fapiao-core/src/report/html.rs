//! HTML: a self-contained printable A4 page, Chinese first with English.
//!
//! No scripts, no links, no external resources: one file an auditor can print or archive.
//! Every string from the inputs is escaped, and invisible bidirectional controls are shown as
//! `[U+202E]` so a crafted value cannot reorder what the reader sees.

use std::fmt::Write;

use super::{ExceptionKind, Report, RowRef};
use crate::text::Text;

const STYLE: &str = r#"
@page { size: A4; margin: 14mm 12mm 16mm 12mm;
  @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页 · Page " counter(page) " of " counter(pages); font-size: 8pt; color: #444; } }
body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 9pt; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 11.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
.en { color: #555; font-weight: normal; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; word-break: break-all; }
.diff { margin-bottom: 1mm; }
.diff .l { color: #8a1c1c; } .diff .e { color: #1c4f8a; }
.sign { margin-top: 12mm; display: flex; gap: 10mm; break-inside: avoid; }
.sign div { flex: 1; border-top: 1px solid #111; padding-top: 1mm; }
.none { color: #555; }
table.summary { width: 60%; }
table.exc { table-layout: fixed; }
table.exc col.id { width: 4%; } table.exc col.no { width: 21%; } table.exc col.row { width: 6%; }
table.exc col.diff { width: 25%; } table.exc col.why { width: 38%; }
"#;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                let _ = write!(out, "[U+{:04X}]", c as u32);
            }
            c if c.is_control() && c != '\n' && c != '\t' => {
                let _ = write!(out, "[U+{:04X}]", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn both(t: &Text) -> String {
    format!(
        "{}<br><span class=\"en\">{}</span>",
        escape(&t.zh),
        escape(&t.en)
    )
}

fn row(r: &Option<RowRef>) -> String {
    match r {
        Some(RowRef { row: Some(n), .. }) => n.to_string(),
        _ => "—".into(),
    }
}

fn header(out: &mut String, report: &Report) {
    out.push_str("<h1>发票核对报告 <span class=\"en\">Invoice reconciliation report</span></h1>\n");
    let as_of = report
        .as_of
        .map(|d| d.to_string())
        .unwrap_or_else(|| "—".into());
    let compared: Vec<String> = report
        .compared_fields
        .iter()
        .map(|f| format!("{} {}", f.label().zh, f.label().en))
        .collect();
    let _ = writeln!(
        out,
        "<p>核对日 <span class=\"en\">As of</span>: <b>{}</b> · 比对字段 <span class=\"en\">Compared fields</span>: {}</p>",
        escape(&as_of),
        escape(&compared.join("、"))
    );
    out.push_str("<table><thead><tr><th>文件 <span class=\"en\">File</span></th><th>名称 <span class=\"en\">Name</span></th><th class=\"num\">行数 <span class=\"en\">Rows</span></th><th>SHA-256</th></tr></thead><tbody>\n");
    for i in &report.inputs {
        let mut how = vec![i.file.format.clone()];
        how.extend(i.file.encoding.clone());
        how.extend(i.file.sheet.clone());
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}<br><span class=\"en\">{}</span></td><td class=\"num\">{}</td><td class=\"mono\">{}</td></tr>",
            both(&i.role.label()),
            escape(&i.file.name),
            escape(&how.join(" · ")),
            i.file.rows,
            escape(&i.file.sha256)
        );
    }
    out.push_str("</tbody></table>\n");
}

fn summary(out: &mut String, report: &Report) {
    let s = &report.summary;
    out.push_str(
        "<h2>汇总 <span class=\"en\">Summary</span></h2>\n<table class=\"summary\"><tbody>\n",
    );
    let mut line = |label: Text, n: u32| {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{n}</td></tr>",
            both(&label)
        );
    };
    line(Text::new("台账行数", "Ledger rows"), s.ledger_rows);
    line(Text::new("平台导出行数", "Export rows"), s.export_rows);
    line(Text::new("一致", "Matched"), s.matched);
    for (kind, n) in &s.exceptions {
        line(kind.label(), *n);
    }
    out.push_str("</tbody></table>\n");
}

fn kind_section(out: &mut String, report: &Report, index: usize, kind: ExceptionKind) {
    let label = kind.label();
    let n = report.of_kind(kind).count();
    let _ = writeln!(
        out,
        "<h2>{index}. {} <span class=\"en\">{} ({})</span> · {n}</h2>",
        escape(&label.zh),
        escape(&label.en),
        kind.id()
    );
    if n == 0 {
        out.push_str("<p class=\"none\">无 <span class=\"en\">None</span></p>\n");
        return;
    }
    out.push_str("<table class=\"exc\"><colgroup><col class=\"id\"><col class=\"no\"><col class=\"row\"><col class=\"row\"><col class=\"diff\"><col class=\"why\"></colgroup><thead><tr><th>#</th><th>发票号码 <span class=\"en\">Number</span></th><th>台账行 <span class=\"en\">Ledger row</span></th><th>导出行 <span class=\"en\">Export row</span></th><th>差异（台账 | 平台）<span class=\"en\">Differences (ledger | export)</span></th><th>原因与处理 <span class=\"en\">Cause and action</span></th></tr></thead><tbody>\n");
    for e in report.of_kind(kind) {
        let mut diffs = String::new();
        for f in &e.fields {
            let _ = write!(
                diffs,
                "<div class=\"diff\"><b>{}</b> <span class=\"en\">{}</span><br><span class=\"l mono\">台账 {}</span><br><span class=\"e mono\">平台 {}</span></div>",
                escape(&f.field.label().zh),
                escape(&f.field.label().en),
                escape(&f.ledger),
                escape(&f.export)
            );
        }
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td><span class=\"mono\">{}</span><br>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{diffs}</td><td>{}<br>→ {}</td></tr>",
            e.id,
            escape(&e.invoice_number),
            both(&super::diagnosis_label(&e.diagnosis)),
            row(&e.ledger),
            row(&e.export),
            both(&e.message),
            both(&e.action)
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The report as one self-contained HTML page, ready to print on A4.
pub fn render(report: &Report) -> String {
    let mut out = String::with_capacity(4096 + report.exceptions.len() * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.push_str("<title>发票核对报告 Invoice reconciliation report</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    header(&mut out, report);
    summary(&mut out, report);
    for (i, kind) in ExceptionKind::ALL.into_iter().enumerate() {
        kind_section(&mut out, report, i + 1, kind);
    }
    out.push_str("<div class=\"sign\"><div>核对人 <span class=\"en\">Checked by</span></div><div>复核人 <span class=\"en\">Reviewed by</span></div><div>日期 <span class=\"en\">Date</span></div></div>\n");
    out.push_str("</body>\n</html>\n");
    out
}
