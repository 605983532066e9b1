//! `inspect` for one invoice: QR payload text given on the command line, and invoice documents
//! (XML, OFD, image, PDF). Every source given is read and checked as one invoice.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use fapiao_core::diag::Severity;
use fapiao_core::parse::{self, Format, Limits, Parsed, ReadOptions};
use fapiao_core::single::{self, SingleCheck};

use crate::common::{print_error, read_file, EXIT_UNUSABLE};

/// Formats read as one invoice each (the rest are tables, which `inspect` shows as such).
fn is_document(format: Format) -> bool {
    matches!(
        format,
        Format::Ofd | Format::InvoiceXml | Format::QrPayload | Format::Pdf | Format::Image
    )
}

/// Today in China (UTC+8), the time zone of the check platform.
fn today() -> NaiveDate {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs + 8 * 3600) / 86_400;
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|d| d.checked_add_days(Days::new(days)))
        .unwrap_or_default()
}

/// Handles `inspect` when every argument is QR text or an invoice document: prints the single
/// check (as JSON when `json`) and returns the exit code. Returns `None` when a file is a table,
/// for `inspect` itself; the format is told from the bytes without reading the table.
pub fn inspect(args: &[String], json: bool) -> Option<u8> {
    if args.is_empty() {
        return None;
    }
    let mut sources: Vec<Parsed> = Vec::new();
    for (i, arg) in args.iter().enumerate() {
        let path = Path::new(arg);
        let read = if path.is_file() {
            let Ok((name, bytes)) = read_file(path) else {
                return Some(EXIT_UNUSABLE);
            };
            match parse::detect(&name, &bytes, &Limits::DEFAULT) {
                Ok(format) if is_document(format) => {
                    single::read_sources(&name, &bytes, &ReadOptions::default())
                }
                Ok(_) => return None, // a table: `inspect` shows it
                Err(d) => Err(d),
            }
        } else if arg.contains(',') || arg.contains("://") {
            parse::qr::read(&format!("arg{}", i + 1), arg.as_bytes()).map(|p| vec![p])
        } else {
            eprintln!("错误 / error: 找不到文件 / no such file: {arg}");
            return Some(EXIT_UNUSABLE);
        };
        match read {
            Ok(parts) => sources.extend(parts),
            Err(d) => {
                print_error(&d);
                return Some(EXIT_UNUSABLE);
            }
        }
    }
    let check = single::check(&sources, today());
    if json {
        match serde_json::to_string_pretty(&check) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("错误 / error: JSON: {e}");
                return Some(EXIT_UNUSABLE);
            }
        }
    } else {
        print!("{}", render(&check));
    }
    Some(u8::from(check.has_errors()))
}

/// The single check as text for a terminal, Chinese first.
pub fn render(c: &SingleCheck) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!("来源 / sources: {}", c.sources.join(", ")));
    if let Some(kind) = c.kind {
        let label = single::kind::label(kind);
        line(format!("票种 / kind: {} / {}", label.zh, label.en));
    }
    if let Some(i) = &c.issued {
        line(format!("开具 / issued: {}", i.label()));
    }
    for field in fapiao_core::model::FieldName::ALL {
        if let Some(raw) = c.merged.raw(field) {
            let label = field.label();
            line(format!("  {} / {}: {raw}", label.zh, label.en));
        }
    }
    if let Some(p) = &c.platform {
        line("查验平台请输入 / enter on the national check platform:".into());
        for item in &p.items {
            let value = item.value.as_deref().unwrap_or("（缺少 / missing）");
            line(format!("  {} / {}: {value}", item.label.zh, item.label.en));
        }
    }
    for t in &c.limits {
        line(format!("  · {} / {}", t.zh, t.en));
    }
    for d in &c.diagnostics {
        let level = match d.severity {
            Severity::Error => "错误 / error",
            Severity::Warning => "警告 / warning",
            Severity::Info => "提示 / info",
        };
        line(format!("{level} [{}]: {}", d.id, d.message.zh));
        line(format!("  {}", d.message.en));
        line(format!(
            "  处理 / action: {} / {}",
            d.action.zh, d.action.en
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_text_is_checked_and_printed() {
        let p = parse::qr::read("QR", b"01,32,,24312000000136634917,0.01,20240514,,1DD6").unwrap();
        let text = render(&single::check(
            &[p],
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        ));
        assert!(text.contains("开具 / issued: 2024年 · 上海"), "{text}");
        assert!(
            text.contains("价税合计 / Total including tax: 0.01"),
            "{text}"
        );
    }

    #[test]
    fn a_url_is_unusable() {
        assert_eq!(
            inspect(&["https://example.com/x".into()], false),
            Some(EXIT_UNUSABLE)
        );
    }

    #[test]
    fn disagreeing_sources_exit_1_and_good_ones_0() {
        let docs = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../fapiao-core/tests/fixtures/docs/"
        );
        let arg = |f: &str| vec![format!("{docs}{f}")];
        assert_eq!(inspect(&arg("disagreeing.ofd"), false), Some(1));
        let mut both = arg("shudian.xml");
        both.push("01,32,,24112000000012345678,1130.00,20241105,,74AE".into());
        assert_eq!(inspect(&both, true), Some(0));
        assert_eq!(inspect(&arg("zip_bomb.ofd"), false), Some(EXIT_UNUSABLE));
    }

    #[test]
    fn a_missing_file_is_not_taken_for_qr_text() {
        assert_eq!(
            inspect(&["no-such-invoice.pdf".into()], false),
            Some(EXIT_UNUSABLE)
        );
    }

    #[test]
    fn today_is_after_the_epoch() {
        assert!(today() > NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    }
}
