//! Diagnostics: what a reader or a rule has to tell a person, with the exact place.
//!
//! Bad input is data: readers return records plus diagnostics, and keep `Err` for input that
//! cannot be used at all (that `Err` is itself a [`Diagnostic`]).

use serde::{Deserialize, Serialize};

use crate::shared::Name;
use crate::text::Text;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Probably wrong, or cannot be confirmed.
    Warning,
    /// Wrong: the invoice or the file cannot be used as it is.
    Error,
}

/// Where a value came from, as the user's spreadsheet or file shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Place {
    /// The file name as the user gave it (no directory).
    pub file: Name,
    /// The sheet, for workbooks.
    pub sheet: Option<Name>,
    /// 1-based row as the spreadsheet shows it (title and header rows counted); for text
    /// files the line number; `None` for whole-file facts.
    pub row: Option<u32>,
    /// Column letters (`A`, `AB`) for tables, or an element path for XML/OFD.
    pub column: Option<Name>,
}

impl Place {
    /// A place naming only the file.
    pub fn file(file: impl Into<Name>) -> Self {
        Place {
            file: file.into(),
            ..Place::default()
        }
    }
}

/// One thing to tell the user: a stable id, a severity, a place, a message and an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable id, part of the public contract (`read.empty`, `tax_id.checksum`). Never reused.
    pub id: String,
    /// How serious it is.
    pub severity: Severity,
    /// Where it is.
    pub place: Place,
    /// What is wrong, with the values filled in.
    pub message: Text,
    /// What to do about it.
    pub action: Text,
}

/// Converts a 0-based column index to spreadsheet letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_match_spreadsheets() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(18), "S");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(16383), "XFD");
    }

    #[test]
    fn severity_orders_by_seriousness() {
        assert!(Severity::Error > Severity::Warning);
        assert!(Severity::Warning > Severity::Info);
    }
}
