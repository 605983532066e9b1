//! `fapiao-check reconcile`: a ledger (台账) against the platform's export.

use std::io::Write;
use std::path::PathBuf;
use std::str::FromStr;

use chrono::NaiveDate;
use clap::ValueEnum;
use fapiao_core::parse::ReadOptions;
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report::{self, Report};
use rust_decimal::Decimal;

use crate::common::{load, parse_map, EXIT_UNUSABLE};

/// Output formats.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A summary and one line per exception, for the terminal.
    Text,
    /// The `fapiao-check/reconcile/1` JSON contract.
    Json,
    /// One row per exception (UTF-8 with BOM).
    Csv,
    /// A workbook: summary sheet and one sheet per kind.
    Xlsx,
    /// A printable A4 page.
    Html,
}

/// Arguments of `reconcile`.
#[derive(clap::Args)]
pub struct Args {
    /// The merchant's ledger (CSV, XLSX, …).
    #[arg(long)]
    ledger: PathBuf,
    /// The platform's export (发票基础信息).
    #[arg(long)]
    export: PathBuf,
    /// The date the export is current at (YYYY-MM-DD); default: its last issue date.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Days the platform may take to show a new invoice.
    #[arg(long, default_value_t = 3)]
    sync_days: u32,
    /// Largest difference between amounts that still counts as equal.
    #[arg(long, default_value = "0.00", value_parser = parse_money)]
    tolerance: Decimal,
    /// Column mapping for both files: `field=header` (e.g. `invoice_number=票号`).
    #[arg(long = "map", value_name = "FIELD=HEADER")]
    map: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Write the output here instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("日期应为 YYYY-MM-DD / a date must be YYYY-MM-DD, got “{s}”"))
}

fn parse_money(s: &str) -> Result<Decimal, String> {
    Decimal::from_str(s)
        .ok()
        .filter(|d| !d.is_sign_negative())
        .ok_or_else(|| format!("金额应为非负数 / a non-negative amount, got “{s}”"))
}

fn text(r: &Report) -> String {
    let s = &r.summary;
    let mut out = String::new();
    let as_of = r.as_of.map(|d| d.to_string()).unwrap_or_default();
    out.push_str(&format!("核对日 / as of: {as_of}\n"));
    for i in &r.inputs {
        let role = i.role.label();
        out.push_str(&format!(
            "{} / {}: {} ({} 行 / rows, sha256 {})\n",
            role.zh, role.en, i.file.name, i.file.rows, i.file.sha256
        ));
    }
    out.push_str(&format!("一致 / matched: {}\n", s.matched));
    for (kind, n) in &s.exceptions {
        let l = kind.label();
        out.push_str(&format!("{} / {}: {n}\n", l.zh, l.en));
    }
    for e in &r.exceptions {
        out.push_str(&format!(
            "\n#{} [{} / {}] {}\n  {}\n  {}\n  → {}\n  → {}\n",
            e.id,
            e.kind.id(),
            e.diagnosis,
            e.invoice_number,
            e.message.zh,
            e.message.en,
            e.action.zh,
            e.action.en
        ));
    }
    out
}

fn render(r: &Report, format: Format) -> Result<Vec<u8>, ()> {
    Ok(match format {
        Format::Text => text(r).into_bytes(),
        Format::Json => {
            let mut j = report::json::render(r);
            j.push('\n');
            j.into_bytes()
        }
        Format::Csv => report::csv::render(r),
        Format::Xlsx => report::xlsx::render(r).map_err(|d| crate::common::print_error(&d))?,
        Format::Html => report::html::render(r).into_bytes(),
    })
}

fn write(out: &Option<PathBuf>, bytes: &[u8]) -> Result<(), String> {
    match out {
        Some(path) => std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(bytes)
            .map_err(|e| e.to_string()),
    }
}

/// Runs `reconcile`: 0 no exceptions, 1 exceptions, 2 unusable input.
pub fn run(args: Args) -> u8 {
    let mut read = ReadOptions::default();
    if let Err(e) = parse_map(&args.map, &mut read) {
        eprintln!("{e}");
        return EXIT_UNUSABLE;
    }
    // The two files are independent: read them on two threads (the core itself stays single-threaded).
    let (ledger, export) = std::thread::scope(|s| {
        let ledger = s.spawn(|| load(&args.ledger, &read));
        let export = load(&args.export, &read);
        (ledger.join().unwrap_or(Err(())), export)
    });
    let (Ok(ledger), Ok(export)) = (ledger, export) else {
        return EXIT_UNUSABLE;
    };
    let options = Options {
        as_of: args.as_of,
        sync_days: args.sync_days,
        tolerance: args.tolerance,
    };
    let r = reconcile(&ledger, &export, &options);
    let Ok(bytes) = render(&r, args.format) else {
        return EXIT_UNUSABLE;
    };
    if let Err(e) = write(&args.out, &bytes) {
        eprintln!("错误 / error: 无法写出 / cannot write: {e}");
        return EXIT_UNUSABLE;
    }
    let code = u8::from(!r.exceptions.is_empty());
    // The process ends next: freeing millions of small strings one by one would only cost time.
    std::mem::forget((ledger, export, r, bytes));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../static/samples")
            .join(name)
    }

    fn args(ledger: PathBuf, export: PathBuf, format: Format, out: Option<PathBuf>) -> Args {
        Args {
            ledger,
            export,
            as_of: None,
            sync_days: 3,
            tolerance: Decimal::ZERO,
            map: vec![],
            format,
            out,
        }
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("fapiao-reconcile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn sample_has_exceptions_and_every_format_writes() {
        for (format, name) in [
            (Format::Json, "r.json"),
            (Format::Csv, "r.csv"),
            (Format::Xlsx, "r.xlsx"),
            (Format::Html, "r.html"),
            (Format::Text, "r.txt"),
        ] {
            let out = temp(name);
            let a = args(
                samples("ledger.csv"),
                samples("export.xlsx"),
                format,
                Some(out.clone()),
            );
            assert_eq!(run(a), 1, "{name}");
            let bytes = std::fs::read(&out).unwrap();
            assert!(bytes.len() > 1000, "{name}: {} bytes", bytes.len());
        }
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(temp("r.json")).unwrap()).unwrap();
        assert_eq!(json["schema"], "fapiao-check/reconcile/1");
        assert_eq!(json["summary"]["exceptions"]["invalid"], 2);
    }

    #[test]
    fn identical_files_exit_0_and_missing_file_exits_2() {
        let csv = "发票号码,开票日期,销方税号,价税合计\n24112000000000000001,2024-11-01,91110105MC03GH60G5,106.00\n";
        let path = temp("same.csv");
        std::fs::write(&path, csv).unwrap();
        let a = args(
            path.clone(),
            path.clone(),
            Format::Json,
            Some(temp("same.json")),
        );
        assert_eq!(run(a), 0);
        let a = args(temp("no-such.csv"), path, Format::Json, None);
        assert_eq!(run(a), EXIT_UNUSABLE);
    }

    #[test]
    fn options_parse_strictly() {
        assert!(parse_date("2024-11-30").is_ok());
        assert!(parse_date("2024/11/30").is_err());
        assert_eq!(parse_money("0.01"), Ok(Decimal::new(1, 2)));
        assert!(parse_money("-1").is_err());
        assert!(parse_money("abc").is_err());
    }
}
