//! `fapiao-check inspect`: what was read from a file and how: input facts, the column mapping
//! with a sample value per field, the reader's diagnostics and the first records.

use std::path::PathBuf;

use fapiao_core::diag::Severity;
use fapiao_core::model::{FieldName, Invoice};
use fapiao_core::parse::{Parsed, ReadOptions};
use serde::Serialize;

use crate::common::{load, parse_map, print_out, EXIT_UNUSABLE};

/// Output formats.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people, Chinese and English.
    Text,
    /// For programs.
    Json,
}

/// Arguments of `inspect`.
#[derive(clap::Args)]
pub struct Args {
    /// The file to read (CSV, TSV, TXT, XLSX, XLS, ODS, …).
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Column mapping override: field=header text or column letters (repeatable).
    #[arg(long = "map", value_name = "FIELD=HEADER")]
    map: Vec<String>,
    /// Text encoding instead of the detected one (utf-8, gbk, gb18030, utf-16le, utf-16be).
    #[arg(long)]
    encoding: Option<String>,
    /// Delimiter instead of the detected one (`,` `;` `|` or `tab`).
    #[arg(long)]
    delimiter: Option<String>,
    /// Sheet to read instead of the one chosen by its headers.
    #[arg(long)]
    sheet: Option<String>,
    /// How many records to show.
    #[arg(long, default_value_t = 5)]
    rows: usize,
}

/// One line of the mapping: field, column, header and the first value found.
#[derive(Serialize)]
struct MappedField<'a> {
    field: &'static str,
    column: &'a str,
    header: &'a str,
    sample: Option<&'a str>,
}

/// The JSON document `--format json` prints.
#[derive(Serialize)]
struct Report<'a> {
    info: &'a fapiao_core::model::InputInfo,
    mapping: Vec<MappedField<'a>>,
    diagnostics: &'a [fapiao_core::diag::Diagnostic],
    invoices: usize,
    first: &'a [Invoice],
}

/// Runs `inspect`.
pub fn run(args: Args) -> u8 {
    // One invoice's documents (QR text, XML, OFD, PDF, image) get the single-invoice check.
    let json = args.format == Format::Json;
    if let Some(code) = super::single::inspect(&[args.file.to_string_lossy().into_owned()], json) {
        return code;
    }
    let mut options = ReadOptions {
        encoding: args.encoding.clone(),
        sheet: args.sheet.clone(),
        ..ReadOptions::default()
    };
    if let Some(d) = &args.delimiter {
        match parse_delimiter(d) {
            Some(c) => options.delimiter = Some(c),
            None => {
                eprintln!(
                    "错误 / error: --delimiter 需要一个字符 / wants one character, got “{d}”"
                );
                return EXIT_UNUSABLE;
            }
        }
    }
    if let Err(e) = parse_map(&args.map, &mut options) {
        eprintln!("错误 / error: {e}");
        return EXIT_UNUSABLE;
    }
    let Ok(parsed) = load(&args.file, &options) else {
        return EXIT_UNUSABLE;
    };
    let report = Report {
        info: &parsed.info,
        mapping: mapping(&parsed),
        diagnostics: &parsed.diagnostics,
        invoices: parsed.invoices.len(),
        first: &parsed.invoices[..parsed.invoices.len().min(args.rows)],
    };
    match args.format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(s) => print_out(&format!("{s}\n")),
            Err(e) => {
                eprintln!("错误 / error: {e}");
                return EXIT_UNUSABLE;
            }
        },
        Format::Text => print_out(&render_text(&report)),
    }
    let has_error = parsed
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    u8::from(has_error)
}

fn parse_delimiter(d: &str) -> Option<char> {
    match d {
        "tab" | "\\t" | "TAB" => Some('\t'),
        _ => {
            let mut chars = d.chars();
            let c = chars.next()?;
            chars.next().is_none().then_some(c)
        }
    }
}

fn mapping(parsed: &Parsed) -> Vec<MappedField<'_>> {
    parsed
        .info
        .columns
        .iter()
        .map(|(&field, column)| MappedField {
            field: field.id(),
            column,
            header: parsed.info.headers.get(&field).map_or("", String::as_str),
            sample: parsed.invoices.iter().find_map(|inv| inv.raw(field)),
        })
        .collect()
}

fn render_text(r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let i = r.info;
    let _ = writeln!(
        s,
        "文件 / file: {} ({}, {} bytes)",
        i.name, i.format, i.size
    );
    let _ = writeln!(s, "SHA-256: {}", i.sha256);
    if let Some(e) = &i.encoding {
        let _ = writeln!(s, "编码 / encoding: {e}");
    }
    if let Some(d) = i.delimiter {
        let shown = if d == '\t' {
            "tab".to_string()
        } else {
            d.to_string()
        };
        let _ = writeln!(s, "分隔符 / delimiter: {shown}");
    }
    if !i.sheets.is_empty() {
        let _ = writeln!(s, "工作表 / sheets: {}", i.sheets.join(", "));
    }
    if let Some(sheet) = &i.sheet {
        let _ = writeln!(s, "读取的工作表 / sheet read: {sheet}");
    }
    let header = i.header_row.map_or("-".to_string(), |h| h.to_string());
    let _ = writeln!(
        s,
        "表头行 / header row: {header}    数据行 / data rows: {}    发票 / invoices: {}",
        i.rows, r.invoices
    );
    let _ = writeln!(s, "\n列映射 / mapping:");
    for m in &r.mapping {
        let label = FieldName::from_id(m.field)
            .map(|f| f.label().zh)
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {:<15} {:<14} {:>3}  “{}”  例 / e.g. {}",
            m.field,
            label,
            m.column,
            m.header,
            m.sample.unwrap_or("-")
        );
    }
    let _ = writeln!(s, "\n诊断 / diagnostics: {}", r.diagnostics.len());
    for d in r.diagnostics {
        let severity = match d.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let place = crate::common::place_label(&d.place, false);
        let _ = writeln!(s, "  [{severity}] {} ({place})", d.id);
        let _ = writeln!(s, "    {}", d.message.zh);
        let _ = writeln!(s, "    {}", d.message.en);
    }
    let _ = writeln!(
        s,
        "\n前 {} 条 / first {} records:",
        r.first.len(),
        r.first.len()
    );
    for inv in r.first {
        let rows: Vec<String> = inv.origin.rows().map(|r| r.to_string()).collect();
        let fields: Vec<String> = FieldName::ALL
            .iter()
            .filter_map(|&f| inv.raw(f).map(|raw| format!("{}={}", f.id(), raw.trim())))
            .collect();
        let lines = if inv.lines.is_empty() {
            String::new()
        } else {
            format!(" lines={}", inv.lines.len())
        };
        let _ = writeln!(s, "  row {}: {}{lines}", rows.join("+"), fields.join(" | "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_words() {
        assert_eq!(parse_delimiter("tab"), Some('\t'));
        assert_eq!(parse_delimiter(";"), Some(';'));
        assert_eq!(parse_delimiter(";;"), None);
    }
}
