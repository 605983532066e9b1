//! A table as every tabular reader hands it on: rows of cell text, each row numbered as the
//! user's spreadsheet (or text editor) shows it.

use crate::parse::values::is_blank;

/// One row of cells, rendered as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based row as the spreadsheet shows it; for text files the line the record starts on.
    pub number: u32,
    /// Cell text, left to right from column A.
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in column `index` (0-based), or `""` past the end of a short row.
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map(String::as_str).unwrap_or("")
    }

    /// True when every cell is blank.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| is_blank(c))
    }
}

/// The rows of one sheet or text file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The sheet name, for workbooks.
    pub sheet: Option<String>,
    /// Rows in order, blank rows included (so row numbers stay as the user sees them).
    pub rows: Vec<Row>,
    /// True for text input, where a row with a different number of cells is worth a warning.
    pub from_text: bool,
}
