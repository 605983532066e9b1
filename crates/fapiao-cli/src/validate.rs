//! `fapiao-check validate FILE`: run every validation rule and print the findings.
//!
//! `--as-of` defaults to the latest issue date in the file, never to the clock: the same file
//! then gives the same report on any day, and a ledger exported last month is not flooded with
//! age warnings. The text output says which date was used; give `--as-of` (for example today)
//! to check for issue dates in the future and for invoices the platform no longer checks.

use std::path::PathBuf;

use chrono::NaiveDate;
use fapiao_core::diag::Severity;
use fapiao_core::parse::{Parsed, ReadOptions};
use fapiao_core::report;
use fapiao_core::rules::{self, Context, Direction, Report};

use crate::common::{load, parse_map, print_out, EXIT_UNUSABLE};

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For a person, Chinese then English.
    Text,
    /// The `fapiao-check/validate/1` JSON report.
    Json,
    /// One row per finding, UTF-8 with a BOM, for Excel or WPS.
    Csv,
}

/// Whose invoices the file holds.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DirectionArg {
    /// 取得发票: you are the buyer.
    Received,
    /// 开具发票: you are the seller.
    Issued,
}

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// The ledger, export or invoice file to check.
    file: PathBuf,
    /// The date to check against (YYYY-MM-DD); default: the latest issue date in the file.
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// Your own tax id: received invoices must name you as buyer (issued ones as seller).
    #[arg(long, value_name = "ID")]
    my_tax_id: Option<String>,
    /// Whether the invoices were received or issued.
    #[arg(long, value_enum, default_value = "received")]
    direction: DirectionArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Map a field to a header (or column letters) the automatic mapping missed: field=header.
    #[arg(long = "map", value_name = "FIELD=HEADER")]
    map: Vec<String>,
}

/// The as-of date: the one given, else the latest issue date read, else `None`.
fn as_of(given: Option<NaiveDate>, parsed: &Parsed) -> Option<NaiveDate> {
    given.or_else(|| {
        parsed
            .invoices
            .iter()
            .filter_map(|i| i.issue_date.as_ref().and_then(|f| f.value))
            .max()
    })
}

/// Runs `validate`.
pub fn run(args: Args) -> u8 {
    let mut options = ReadOptions::default();
    if let Err(e) = parse_map(&args.map, &mut options) {
        eprintln!("错误 / error: {e}");
        return EXIT_UNUSABLE;
    }
    let Ok(parsed) = load(&args.file, &options) else {
        return EXIT_UNUSABLE;
    };
    let date = as_of(args.as_of, &parsed);
    let ctx = Context {
        as_of: date.unwrap_or(NaiveDate::MAX),
        my_tax_id: args.my_tax_id,
        direction: match args.direction {
            DirectionArg::Received => Direction::Received,
            DirectionArg::Issued => Direction::Issued,
        },
    };
    let report = rules::validate(&[&parsed], &ctx);
    match args.format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(s) => print_out(&(s + "\n")),
            Err(e) => {
                eprintln!("错误 / error: {e}");
                return EXIT_UNUSABLE;
            }
        },
        Format::Csv => print_out(&String::from_utf8_lossy(&report::csv::findings(&report))),
        Format::Text => print_out(&render(&report, date, args.as_of.is_some())),
    }
    u8::from(report.has_errors())
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "错误 error",
        Severity::Warning => "警告 warning",
        Severity::Info => "提示 info",
    }
}

/// The report as text for a terminal, Chinese first.
pub fn render(report: &Report, as_of: Option<NaiveDate>, given: bool) -> String {
    let mut out = String::new();
    for i in &report.inputs {
        let sheet = i
            .sheet
            .as_deref()
            .map(|s| format!(" 工作表/sheet {s}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "文件 / file: {}{sheet} ({}, {} 行/rows)\n",
            i.name, i.format, i.rows
        ));
    }
    out.push_str(&match (as_of, given) {
        (Some(d), true) => format!("核对日期 / as of: {d}\n"),
        (Some(d), false) => format!(
            "核对日期 / as of: {d}（文件中最晚的开票日期；用 --as-of 指定 / the latest issue date in the file; set it with --as-of）\n"
        ),
        (None, _) => "核对日期 / as of: —（文件中没有开票日期 / no issue dates in the file）\n".to_string(),
    });
    out.push('\n');
    for f in &report.findings {
        let row = f
            .row
            .map(|r| format!("第 {r} 行 row {r}"))
            .unwrap_or_else(|| "整个文件 whole file".into());
        let col = f
            .column
            .as_deref()
            .map(|c| format!(" 列 column {c}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{row}{col}  [{}] {}\n",
            f.rule,
            severity_label(f.severity)
        ));
        out.push_str(&format!("  {}\n  {}\n", f.message.zh, f.message.en));
        out.push_str(&format!(
            "  处理 / action: {}\n  {}\n",
            f.action.zh, f.action.en
        ));
    }
    let s = &report.summary;
    out.push_str(&format!(
        "\n共 {} 行：错误 {}，警告 {}，提示 {} / {} rows: {} errors, {} warnings, {} info\n",
        s.rows, s.error, s.warning, s.info, s.rows, s.error, s.warning, s.info
    ));
    if !s.skipped_rules.is_empty() {
        out.push_str(&format!(
            "未运行（缺少所需的列）/ not run (the file lacks their columns): {}\n",
            s.skipped_rules.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fapiao_core::model::{Field, FieldName, Invoice};

    fn dated(days: &[&str]) -> Parsed {
        let mut p = Parsed::default();
        p.info.name = "ledger.csv".into();
        p.info.format = "csv".into();
        for d in days {
            let mut inv = Invoice {
                issue_date: Some(Field {
                    value: NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
                    raw: d.to_string().into(),
                }),
                ..Invoice::default()
            };
            inv.columns.set(FieldName::IssueDate, Some("B".into()));
            p.invoices.push(inv);
        }
        p
    }

    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    fn run_with(args: &[&str]) -> u8 {
        use clap::Parser;
        let argv = std::iter::once("validate").chain(args.iter().copied());
        run(Cli::try_parse_from(argv).expect("arguments").args)
    }

    #[test]
    fn exit_codes_follow_the_contract() {
        let path = std::env::temp_dir().join(format!("fapiao-validate-{}.txt", std::process::id()));
        std::fs::write(&path, "01,32,,24312000000136634917,0.01,20240514,,1DD6").expect("write");
        let file = path.to_string_lossy().into_owned();
        assert_eq!(run_with(&[&file]), 0, "a good payload, as of its own date");
        assert_eq!(
            run_with(&[&file, "--as-of", "2030-01-01", "--format", "json"]),
            0,
            "too old is a warning"
        );
        assert_eq!(
            run_with(&[&file, "--as-of", "2030-01-01", "--format", "csv"]),
            0
        );
        assert_eq!(
            run_with(&[&file, "--as-of", "2024-01-01"]),
            1,
            "issued after as-of is an error"
        );
        assert_eq!(run_with(&[&file, "--map", "nonsense"]), EXIT_UNUSABLE);
        let _ = std::fs::remove_file(&path);
        assert_eq!(
            run_with(&[&file]),
            EXIT_UNUSABLE,
            "a missing file is unusable"
        );
    }

    #[test]
    fn as_of_defaults_to_the_latest_issue_date() {
        let p = dated(&["2024-11-05", "2024-12-01", "2024-13-01", "2024-10-30"]);
        assert_eq!(as_of(None, &p), NaiveDate::from_ymd_opt(2024, 12, 1));
        let given = NaiveDate::from_ymd_opt(2025, 1, 1);
        assert_eq!(as_of(given, &p), given);
        assert_eq!(as_of(None, &dated(&[])), None);
    }

    #[test]
    fn text_names_the_date_the_findings_and_the_skipped_rules() {
        let p = dated(&["2024-11-05", "2024-13-01"]);
        let ctx = Context {
            as_of: NaiveDate::from_ymd_opt(2024, 11, 5).unwrap_or_default(),
            my_tax_id: None,
            direction: Direction::Received,
        };
        let report = rules::validate(&[&p], &ctx);
        let text = render(&report, as_of(None, &p), false);
        assert!(
            text.contains("as of: 2024-11-05（文件中最晚的开票日期"),
            "{text}"
        );
        assert!(text.contains("[date.format] 错误 error"), "{text}");
        assert!(text.contains("“2024-13-01”"), "{text}");
        assert!(text.contains("1 errors"), "{text}");
        assert!(
            text.contains("not run") && text.contains("amount.total"),
            "{text}"
        );
    }
}
