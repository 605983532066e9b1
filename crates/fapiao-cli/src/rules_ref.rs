//! `fapiao-check rules`: the reference of every validation rule, as text, JSON or Markdown.

use fapiao_core::diag::Severity;
use fapiao_core::rules::{RuleInfo, REFERENCE};

use crate::common::print_out;

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For a terminal.
    Text,
    /// The reference as JSON, for the app and other tools.
    Json,
    /// A Markdown table and sections, for documentation.
    Markdown,
}

/// Arguments of `rules`.
#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

fn severities(r: &RuleInfo) -> String {
    let names: Vec<&str> = r
        .severities
        .iter()
        .map(|s| match s {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
        .collect();
    names.join("/")
}

fn needs(r: &RuleInfo) -> String {
    let groups: Vec<String> = r
        .needs
        .iter()
        .map(|any| {
            let ids: Vec<&str> = any.iter().map(|f| f.id()).collect();
            ids.join(" | ")
        })
        .collect();
    if groups.is_empty() {
        "—".into()
    } else {
        groups.join(", ")
    }
}

/// The reference as text.
pub fn text() -> String {
    let mut out = String::new();
    for r in REFERENCE {
        out.push_str(&format!("{}  [{}]\n", r.id, severities(r)));
        out.push_str(&format!("  {} / {}\n", r.title.zh, r.title.en));
        out.push_str(&format!("  {}\n  {}\n", r.checks.zh, r.checks.en));
        out.push_str(&format!(
            "  处理 / action: {}\n  {}\n",
            r.action.zh, r.action.en
        ));
        out.push_str(&format!("  需要 / needs: {}\n\n", needs(r)));
    }
    out
}

/// The reference as Markdown.
pub fn markdown() -> String {
    let mut out = String::from("# 校验规则 / Validation rules\n\n| id | 级别 severity | 名称 | title |\n|---|---|---|---|\n");
    for r in REFERENCE {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.id,
            severities(r),
            r.title.zh,
            r.title.en
        ));
    }
    for r in REFERENCE {
        out.push_str(&format!(
            "\n## `{}` — {} / {}\n\n",
            r.id, r.title.zh, r.title.en
        ));
        out.push_str(&format!("{}\n\n{}\n\n", r.checks.zh, r.checks.en));
        out.push_str(&format!(
            "**处理 / Action:** {} / {}\n\n",
            r.action.zh, r.action.en
        ));
        out.push_str(&format!("**需要的字段 / Needs:** {}\n", needs(r)));
    }
    out
}

/// Runs `rules`.
pub fn run(args: Args) -> u8 {
    match args.format {
        Format::Text => print_out(&text()),
        Format::Markdown => print_out(&markdown()),
        Format::Json => match serde_json::to_string_pretty(REFERENCE) {
            Ok(s) => print_out(&(s + "\n")),
            Err(e) => {
                eprintln!("错误 / error: {e}");
                return super::common::EXIT_UNUSABLE;
            }
        },
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_printed_in_every_format() {
        let (t, m) = (text(), markdown());
        for r in REFERENCE {
            assert!(
                t.contains(r.id) && t.contains(r.title.zh) && t.contains(r.action.en),
                "{}",
                r.id
            );
            assert!(m.contains(&format!("## `{}`", r.id)), "{}", r.id);
        }
        assert!(t.contains("tax_id.checksum  [warning]"));
        assert!(t.contains("needs: amount, tax, total"), "{t}");
    }
}
