//! The validation report: what was read, how many findings of each kind, and the findings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Finding;
use crate::diag::Severity;
use crate::model::FieldName;
use crate::parse::Parsed;

/// The schema id of the validation report JSON.
pub const SCHEMA: &str = "fapiao-check/validate/1";

/// Facts about one validated input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputSummary {
    /// File name as given.
    pub name: String,
    /// SHA-256 of the bytes.
    pub sha256: String,
    /// Detected format (`csv`, `xlsx`, `qr`, …).
    pub format: String,
    /// Text encoding, for text inputs.
    pub encoding: Option<String>,
    /// Sheet read, for workbooks.
    pub sheet: Option<String>,
    /// Header row as the spreadsheet shows it.
    pub header_row: Option<u32>,
    /// Data rows read.
    pub rows: u32,
    /// Field → column letters.
    pub columns: BTreeMap<FieldName, String>,
}

/// Counts over all findings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Data rows over all inputs.
    pub rows: u32,
    /// Error-level findings.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Information.
    pub info: usize,
    /// Findings per rule id.
    pub by_rule: BTreeMap<String, usize>,
    /// Rules that could not run on at least one input because it lacks their fields.
    pub skipped_rules: Vec<String>,
}

/// The result of [`super::validate`], serialising to the `fapiao-check/validate/1` contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// One entry per input, in the order given.
    pub inputs: Vec<InputSummary>,
    /// Counts.
    pub summary: Summary,
    /// Every finding, by input, then row.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Builds the report and its summary.
    pub(crate) fn new(inputs: &[&Parsed], findings: Vec<Finding>, skipped: Vec<String>) -> Report {
        let mut summary = Summary {
            skipped_rules: skipped,
            ..Summary::default()
        };
        let inputs: Vec<InputSummary> = inputs
            .iter()
            .map(|p| {
                let rows = p
                    .info
                    .rows
                    .max(u32::try_from(p.invoices.len()).unwrap_or(u32::MAX));
                summary.rows = summary.rows.saturating_add(rows);
                InputSummary {
                    name: p.info.name.clone(),
                    sha256: p.info.sha256.clone(),
                    format: p.info.format.clone(),
                    encoding: p.info.encoding.clone(),
                    sheet: p.info.sheet.clone(),
                    header_row: p.info.header_row,
                    rows,
                    columns: p.info.columns.clone(),
                }
            })
            .collect();
        for f in &findings {
            match f.severity {
                Severity::Error => summary.error += 1,
                Severity::Warning => summary.warning += 1,
                Severity::Info => summary.info += 1,
            }
            *summary.by_rule.entry(f.rule.clone()).or_default() += 1;
        }
        Report {
            schema: SCHEMA.to_string(),
            inputs,
            summary,
            findings,
        }
    }

    /// True when some finding is an error (the CLI exits 1).
    pub fn has_errors(&self) -> bool {
        self.summary.error > 0
    }
}
