//! Reports: one model of a reconciliation, and renderers (JSON, CSV, XLSX, HTML) of it.
//!
//! The reconciliation is computed once into a [`Report`]; every renderer only formats it, so the
//! CLI, the app's table and the printed page can never disagree (the datacompy pattern).
//! The JSON form is a public contract (`schema` = [`SCHEMA`]).

pub mod csv;
pub mod html;
pub mod json;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::FieldName;
use crate::text::Text;

/// The schema id of the JSON contract.
pub const SCHEMA: &str = "fapiao-check/reconcile/1";

/// Which side of the reconciliation an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The merchant's own ledger (台账).
    Ledger,
    /// The tax platform's export (全量发票查询导出).
    Export,
}

impl Role {
    /// The role's name for a person.
    pub fn label(self) -> Text {
        match self {
            Role::Ledger => Text::new("台账", "Ledger"),
            Role::Export => Text::new("平台导出", "Platform export"),
        }
    }
}

/// The kinds of exception: a fixed vocabulary, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionKind {
    /// In the ledger, not in the export.
    MissingInExport,
    /// In the export, not in the ledger.
    MissingInLedger,
    /// In both, with different values.
    Mismatch,
    /// In both, but the platform marks it voided, reversed or red.
    Status,
    /// The same invoice more than once in one file.
    Duplicate,
    /// A row that cannot be keyed (damaged or missing number).
    Invalid,
}

impl ExceptionKind {
    /// Every kind, in report order.
    pub const ALL: [ExceptionKind; 6] = [
        ExceptionKind::MissingInExport,
        ExceptionKind::MissingInLedger,
        ExceptionKind::Mismatch,
        ExceptionKind::Status,
        ExceptionKind::Duplicate,
        ExceptionKind::Invalid,
    ];

    /// The snake_case id used in JSON (`missing_in_export`).
    pub fn id(self) -> &'static str {
        match self {
            ExceptionKind::MissingInExport => "missing_in_export",
            ExceptionKind::MissingInLedger => "missing_in_ledger",
            ExceptionKind::Mismatch => "mismatch",
            ExceptionKind::Status => "status",
            ExceptionKind::Duplicate => "duplicate",
            ExceptionKind::Invalid => "invalid",
        }
    }

    /// The kind's name for a person.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            ExceptionKind::MissingInExport => ("台账有、平台无", "In ledger, not in export"),
            ExceptionKind::MissingInLedger => ("平台有、台账无", "In export, not in ledger"),
            ExceptionKind::Mismatch => ("信息不一致", "Values differ"),
            ExceptionKind::Status => ("发票状态异常", "Voided or reversed"),
            ExceptionKind::Duplicate => ("重复记录", "Duplicate rows"),
            ExceptionKind::Invalid => ("无法识别的号码", "Unusable number"),
        };
        Text::new(zh, en)
    }
}

/// A diagnosis id (`other_region`, `voided`, `ledger`, rule ids joined by commas) in words.
/// Ids this table does not know come back as they are.
pub fn diagnosis_label(diagnosis: &str) -> Text {
    let known = |id: &str| -> Option<(&'static str, &'static str)> {
        Some(match id {
            "typo" => ("疑似录入错误", "Likely typo"),
            "changed" => ("信息有变更", "Values changed"),
            "recent" => ("平台可能未同步", "Not yet synced"),
            "other_region" => ("外地开具", "Issued elsewhere"),
            "unknown" => ("原因待查", "Cause unknown"),
            "not_recorded" => ("台账漏记", "Not recorded"),
            "voided" => ("已作废或红冲", "Voided or reversed"),
            "reversed" => ("已红冲", "Reversed"),
            "partly_reversed" => ("部分红冲", "Partly reversed"),
            "red" => ("红字发票", "Red-letter invoice"),
            "abnormal" => ("状态异常", "Abnormal status"),
            "ledger" => ("台账内重复", "Repeated in ledger"),
            "export" => ("导出内重复", "Repeated in export"),
            _ => {
                let title = crate::rules::title(id)?;
                (title.zh, title.en)
            }
        })
    };
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    for id in diagnosis
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let (z, e) = known(id).unwrap_or((id, id));
        zh.push(z);
        en.push(e);
    }
    if zh.is_empty() {
        return Text::new(diagnosis, diagnosis);
    }
    Text::new(zh.join("、"), en.join(", "))
}

/// Facts about one input, as the report header shows them: its role and what was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputSummary {
    /// Ledger or export.
    pub role: Role,
    /// Name, fingerprint, format, encoding, sheet, header row, rows, mapping (the same facts
    /// the validation report gives).
    #[serde(flatten)]
    pub file: crate::rules::InputSummary,
}

/// Counts over the whole reconciliation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Invoice rows in the ledger.
    pub ledger_rows: u32,
    /// Invoice rows in the export.
    pub export_rows: u32,
    /// Pairs found in both files whose compared values agree (a status exception may remain).
    pub matched: u32,
    /// Exceptions per kind; every kind is present, zeros included.
    pub exceptions: BTreeMap<ExceptionKind, u32>,
}

/// One row of one input, as the spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowRef {
    /// The sheet, for workbooks.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sheet: Option<String>,
    /// 1-based row, title and header rows counted.
    pub row: Option<u32>,
    /// The invoice number as the row shows it.
    pub invoice_number: String,
}

/// One compared field whose values differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDiff {
    /// Which field.
    pub field: FieldName,
    /// The ledger's text.
    pub ledger: String,
    /// The export's text.
    pub export: String,
}

/// One exception: what differs, where, the likely cause and the next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exception {
    /// 1-based, in report order.
    pub id: u32,
    /// The kind.
    pub kind: ExceptionKind,
    /// The likely cause (`typo`, `recent`, `other_region`, a status, a side, rule ids).
    pub diagnosis: String,
    /// The export's number where there is one, else the ledger's raw text.
    pub invoice_number: String,
    /// The ledger's row, if the exception has one.
    pub ledger: Option<RowRef>,
    /// The export's row, if the exception has one.
    pub export: Option<RowRef>,
    /// Values that differ.
    pub fields: Vec<FieldDiff>,
    /// Rule ids behind an `invalid` exception.
    pub rules: Vec<String>,
    /// What was found, with values.
    pub message: Text,
    /// What to do next.
    pub action: Text,
}

/// A matched pair of rows (ledger row, export row), kept for the app's table and for checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedPair {
    /// Index of the ledger invoice in its input.
    pub ledger: usize,
    /// Index of the export invoice in its input.
    pub export: usize,
}

/// The result of a reconciliation: what every renderer formats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// [`SCHEMA`].
    pub schema: String,
    /// The date the export is taken to be current at.
    pub as_of: Option<NaiveDate>,
    /// The ledger, then the export.
    pub inputs: Vec<InputSummary>,
    /// Counts.
    pub summary: Summary,
    /// Fields compared for at least one matched pair (absent on either side: not compared).
    pub compared_fields: Vec<FieldName>,
    /// Every exception, grouped by kind, then by row.
    pub exceptions: Vec<Exception>,
    /// Every matched pair (not part of the JSON contract).
    #[serde(skip)]
    pub matched: Vec<MatchedPair>,
}

impl Report {
    /// The exceptions of one kind, in report order.
    pub fn of_kind(&self, kind: ExceptionKind) -> impl Iterator<Item = &Exception> {
        self.exceptions.iter().filter(move |e| e.kind == kind)
    }

    /// The input with the given role.
    pub fn input(&self, role: Role) -> Option<&InputSummary> {
        self.inputs.iter().find(|i| i.role == role)
    }
}

/// The differing values of an exception as one line: `价税合计: 100.00 ≠ 100.10`.
pub fn fields_line(fields: &[FieldDiff]) -> String {
    fields
        .iter()
        .map(|f| format!("{}: {} ≠ {}", f.field.label().zh, f.ledger, f.export))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The column headers of a flat exception table (CSV, XLSX), Chinese / English.
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

/// One exception as the cells of a flat table, in [`HEADER`] order.
pub fn exception_cells(e: &Exception) -> [String; 14] {
    let row = |r: &Option<RowRef>| {
        r.as_ref()
            .and_then(|r| r.row)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    [
        e.id.to_string(),
        e.kind.id().to_string(),
        e.diagnosis.clone(),
        e.invoice_number.clone(),
        row(&e.ledger),
        e.ledger
            .as_ref()
            .map(|r| r.invoice_number.clone())
            .unwrap_or_default(),
        e.export
            .as_ref()
            .and_then(|r| r.sheet.clone())
            .unwrap_or_default(),
        row(&e.export),
        fields_line(&e.fields),
        e.rules.join(", "),
        e.message.zh.clone(),
        e.message.en.clone(),
        e.action.zh.clone(),
        e.action.en.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::diagnosis_label;

    #[test]
    fn diagnoses_read_as_words() {
        assert_eq!(diagnosis_label("other_region").zh, "外地开具");
        assert_eq!(diagnosis_label("recent").en, "Not yet synced");
        let rules = diagnosis_label("invoice_number.excel_damaged,invoice_number.format");
        assert!(rules.zh.contains('、'), "{}", rules.zh);
        assert!(rules.en.contains("Invoice number format"), "{}", rules.en);
        assert_eq!(diagnosis_label("something_new").en, "something_new");
    }
}
