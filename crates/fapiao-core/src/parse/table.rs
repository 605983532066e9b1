//! A table as every tabular reader hands it on: rows of cell text, each row numbered as the
//! user's spreadsheet (or text editor) shows it.
//!
//! A row keeps its cells in one string with their end offsets (as `csv::StringRecord` does):
//! two allocations per row instead of one per cell, which is most of the reading cost on a
//! 100,000-row export. Once the row is complete its text is frozen into one shared allocation
//! ([`Row::freeze`]): the fields of the record read from the row point into it ([`Raw`])
//! rather than copying their cells.

use std::ops::Range;

use arcstr::ArcStr;

use crate::model::Raw;
use crate::parse::values::is_blank;

/// One row of cells, rendered as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// 1-based row as the spreadsheet shows it; for text files the line the record starts on.
    pub number: u32,
    /// Every cell's text, one after another.
    text: Text,
    /// Where each cell ends in `text`, left to right from column A.
    ends: Vec<u32>,
}

impl Row {
    /// An empty row numbered `number`.
    pub fn new(number: u32) -> Self {
        Row {
            number,
            ..Row::default()
        }
    }

    /// An empty row with room for `cells` cells of `bytes` bytes in all.
    pub fn with_capacity(number: u32, bytes: usize, cells: usize) -> Self {
        Row {
            number,
            text: Text::Building(String::with_capacity(bytes)),
            ends: Vec::with_capacity(cells),
        }
    }

    /// An empty row with room for a row like `like` (a little more text), for a table whose
    /// rows arrive a cell at a time: growing each row's buffers from nothing cost about ten
    /// reallocations a row.
    pub fn sized_like(number: u32, like: &Row) -> Self {
        Row::with_capacity(number, like.text.as_str().len() + 16, like.ends.len())
    }

    /// A row of the given cells.
    pub fn from_cells<'a>(number: u32, cells: impl IntoIterator<Item = &'a str>) -> Self {
        let cells = cells.into_iter();
        let mut row = Row::new(number);
        row.ends.reserve(cells.size_hint().0);
        for cell in cells {
            row.push(cell);
        }
        row.freeze();
        row
    }

    /// A complete row from a record's text (its cells one after another, as
    /// `csv::StringRecord::as_slice` gives them) and the lengths of its `cells` cells: frozen at
    /// once, the text copied once.
    pub fn of_record(
        number: u32,
        text: &str,
        cells: usize,
        lengths: impl Iterator<Item = usize>,
    ) -> Self {
        let mut ends = Vec::with_capacity(cells);
        let mut end = 0usize;
        for len in lengths {
            end += len;
            ends.push(u32::try_from(end).unwrap_or(u32::MAX));
        }
        Row {
            number,
            text: Text::Shared(ArcStr::from(text)),
            ends,
        }
    }

    /// Ends building: the text moves into one shared allocation of its exact size, which the
    /// records read from the row keep (and nothing else). Pushing again un-freezes (a copy).
    pub fn freeze(&mut self) {
        if let Text::Building(text) = &self.text {
            self.text = Text::Shared(ArcStr::from(text.as_str()));
        }
    }

    /// Appends a cell on the right.
    pub fn push(&mut self, cell: &str) {
        // A frozen row un-freezes (a copy; only for a cell arriving late).
        let mut text = match std::mem::take(&mut self.text) {
            Text::Building(text) => text,
            Text::Shared(text) => text.to_string(),
        };
        text.push_str(cell);
        self.ends
            .push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        self.text = Text::Building(text);
    }

    /// Sets the cell in column `col` (0-based), padding with empty cells before it.
    pub fn set(&mut self, col: usize, cell: &str) {
        if col >= self.len() {
            while self.len() < col {
                self.push("");
            }
            self.push(cell);
            return;
        }
        // A cell arriving out of order (rare): rebuild the row.
        let mut cells: Vec<&str> = self.cells().collect();
        cells[col] = cell;
        let rebuilt = Row::from_cells(self.number, cells);
        *self = rebuilt;
    }

    /// How many cells the row has (blank ones included).
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Where the cell in column `index` (0-based) lies in the row's text; empty past the end.
    fn span(&self, index: usize) -> Range<usize> {
        let Some(&end) = self.ends.get(index) else {
            return 0..0;
        };
        let start = match index.checked_sub(1) {
            Some(i) => self.ends.get(i).copied().unwrap_or(0),
            None => 0,
        };
        start as usize..end as usize
    }

    /// The cell in column `index` (0-based), or `""` past the end of a short row.
    pub fn cell(&self, index: usize) -> &str {
        self.text.as_str().get(self.span(index)).unwrap_or("")
    }

    /// The cell in column `index` as a field's raw text: sharing the row's text once frozen,
    /// a copy before.
    pub fn raw(&self, index: usize) -> Raw {
        match &self.text {
            Text::Shared(text) => Raw::shared(text, self.span(index)),
            Text::Building(_) => Raw::from(self.cell(index)),
        }
    }

    /// The cells, left to right.
    pub fn cells(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.cell(i))
    }

    /// True when every cell is blank.
    pub fn is_blank(&self) -> bool {
        is_blank(self.text.as_str())
    }
}

/// A row's text: growing while cells arrive, then shared. Equal by content.
#[derive(Debug, Clone)]
enum Text {
    Building(String),
    Shared(ArcStr),
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl Default for Text {
    fn default() -> Self {
        Text::Building(String::new())
    }
}

impl Text {
    fn as_str(&self) -> &str {
        match self {
            Text::Building(text) => text,
            Text::Shared(text) => text,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_set_out_of_order_and_padded() {
        let mut row = Row::new(3);
        row.set(2, "c");
        row.set(0, "a");
        row.set(4, "e");
        let cells: Vec<&str> = row.cells().collect();
        assert_eq!(cells, ["a", "", "c", "", "e"]);
        assert_eq!(row.cell(9), "");
        assert!(!row.is_blank());
        assert!(Row::from_cells(1, [" ", "\u{3000}"]).is_blank());
        assert_eq!(row.raw(2), "c");
        assert_eq!(row.raw(3), "");
        assert_eq!(row.raw(9), "");
        let building = row.clone();
        row.freeze();
        assert_eq!(row, building);
        assert_eq!(
            (row.raw(2), row.raw(4), row.raw(9)),
            ("c".into(), "e".into(), "".into())
        );
        // A cell arriving after the row was frozen still lands.
        row.set(5, "f");
        assert_eq!(
            row.cells().collect::<Vec<_>>(),
            ["a", "", "c", "", "e", "f"]
        );
    }
}
