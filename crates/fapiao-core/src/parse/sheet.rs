//! Workbooks (XLSX, XLS, ODS) through `calamine`: every sheet as a [`Table`] of cell text,
//! numbers rendered as the spreadsheet shows them.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Ods, Reader, Xls, Xlsx};

use crate::diag::Diagnostic;
use crate::parse::limits::{exceeded, Limits};
use crate::parse::table::{Row, Table};

/// The kinds of workbook read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookKind {
    /// Office Open XML.
    Xlsx,
    /// BIFF8 (Excel 97–2003).
    Xls,
    /// OpenDocument.
    Ods,
}

/// Why a workbook could not be opened.
pub enum OpenError {
    /// The workbook is encrypted.
    Password,
    /// Anything else: damaged or not a workbook.
    Damaged(String),
}

/// Every sheet's name and rows, in workbook order.
pub struct Book {
    /// Sheet names in order.
    pub sheets: Vec<String>,
    /// One table per sheet, same order.
    pub tables: Vec<Table>,
}

/// Opens the workbook and reads every sheet, counting cells as they stream.
pub fn read_book(
    file: &str,
    bytes: &[u8],
    kind: BookKind,
    limits: &Limits,
) -> Result<Result<Book, OpenError>, Diagnostic> {
    if kind == BookKind::Ods {
        super::ods_guard::check(file, bytes, limits)?;
    }
    let sanitised;
    let bytes = if kind == BookKind::Xls {
        sanitised = super::xls_guard::sanitise(file, bytes, limits)?;
        &sanitised[..]
    } else {
        bytes
    };
    let cursor = Cursor::new(bytes);
    let mut budget = Budget {
        file,
        limits,
        cells: 0,
    };
    match kind {
        BookKind::Xlsx => {
            let mut wb: Xlsx<_> = match open_workbook_from_rs(cursor) {
                Ok(wb) => wb,
                Err(calamine::XlsxError::Password) => return Ok(Err(OpenError::Password)),
                Err(e) => return Ok(Err(OpenError::Damaged(e.to_string()))),
            };
            let sheets = wb.sheet_names();
            budget.sheets(sheets.len())?;
            let mut tables = Vec::with_capacity(sheets.len());
            for name in &sheets {
                let mut reader = match wb.worksheet_cells_reader(name) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(OpenError::Damaged(e.to_string()))),
                };
                let mut rows = RowBuilder::new(name);
                loop {
                    match reader.next_cell() {
                        Ok(Some(cell)) => {
                            let (r, c) = cell.get_position();
                            budget.cell(c as usize)?;
                            rows.push(r, c, render(Data::from(cell.get_value().clone())));
                        }
                        Ok(None) => break,
                        Err(e) => return Ok(Err(OpenError::Damaged(e.to_string()))),
                    }
                }
                tables.push(rows.finish());
            }
            Ok(Ok(Book { sheets, tables }))
        }
        BookKind::Xls => match open_workbook_from_rs::<Xls<_>, _>(cursor) {
            Ok(mut wb) => ranges(&mut wb, &mut budget),
            Err(calamine::XlsError::Password) => Ok(Err(OpenError::Password)),
            Err(e) => Ok(Err(OpenError::Damaged(e.to_string()))),
        },
        BookKind::Ods => match open_workbook_from_rs::<Ods<_>, _>(cursor) {
            Ok(mut wb) => ranges(&mut wb, &mut budget),
            Err(calamine::OdsError::Password) => Ok(Err(OpenError::Password)),
            Err(e) => Ok(Err(OpenError::Damaged(e.to_string()))),
        },
    }
}

/// Reads whole sheets as ranges (XLS, ODS), checking the range's size before walking it.
fn ranges<'b, R>(wb: &mut R, budget: &mut Budget) -> Result<Result<Book, OpenError>, Diagnostic>
where
    R: Reader<Cursor<&'b [u8]>>,
    R::Error: std::fmt::Display,
{
    let sheets = wb.sheet_names();
    budget.sheets(sheets.len())?;
    let mut tables = Vec::with_capacity(sheets.len());
    for name in &sheets {
        let range = match wb.worksheet_range(name) {
            Ok(r) => r,
            Err(e) => return Ok(Err(OpenError::Damaged(e.to_string()))),
        };
        let mut rows = RowBuilder::new(name);
        if let Some((r0, c0)) = range.start() {
            let (height, width) = range.get_size();
            budget.cell(c0 as usize + width.saturating_sub(1))?;
            budget.bulk((height as u64).saturating_mul(width as u64))?;
            for (i, row) in range.rows().enumerate() {
                for (j, value) in row.iter().enumerate() {
                    if *value != Data::Empty {
                        rows.push(r0 + i as u32, c0 + j as u32, render(value.clone()));
                    }
                }
            }
        }
        tables.push(rows.finish());
    }
    Ok(Ok(Book { sheets, tables }))
}

/// Cells counted against the limits while they stream.
struct Budget<'a> {
    file: &'a str,
    limits: &'a Limits,
    cells: u64,
}

impl Budget<'_> {
    fn sheets(&self, n: usize) -> Result<(), Diagnostic> {
        if n > self.limits.sheets {
            return Err(exceeded(
                self.file,
                &format!("工作表过多（{n} 个）"),
                &format!("too many sheets ({n})"),
                self.limits.sheets as u64,
            ));
        }
        Ok(())
    }

    fn cell(&mut self, column: usize) -> Result<(), Diagnostic> {
        if column >= self.limits.row_cells {
            return Err(exceeded(
                self.file,
                "某行的列数过多",
                "a row has too many columns",
                self.limits.row_cells as u64,
            ));
        }
        self.bulk(1)
    }

    fn bulk(&mut self, n: u64) -> Result<(), Diagnostic> {
        self.cells = self.cells.saturating_add(n);
        if self.cells > self.limits.cells {
            return Err(exceeded(
                self.file,
                "单元格过多",
                "too many cells",
                self.limits.cells,
            ));
        }
        Ok(())
    }
}

/// Collects cells (arriving row by row, left to right) into numbered rows.
struct RowBuilder {
    table: Table,
}

impl RowBuilder {
    fn new(sheet: &str) -> Self {
        RowBuilder {
            table: Table {
                sheet: Some(sheet.to_string()),
                rows: Vec::new(),
                from_text: false,
            },
        }
    }

    /// `row` and `col` are 0-based, as calamine gives them.
    fn push(&mut self, row: u32, col: u32, text: String) {
        if text.is_empty() {
            return;
        }
        let number = row.saturating_add(1);
        if self.table.rows.last().is_none_or(|r| r.number != number) {
            self.table.rows.push(Row {
                number,
                cells: Vec::new(),
            });
        }
        if let Some(r) = self.table.rows.last_mut() {
            let col = col as usize;
            if r.cells.len() <= col {
                r.cells.resize(col + 1, String::new());
            }
            r.cells[col] = text;
        }
    }

    fn finish(self) -> Table {
        self.table
    }
}

/// A cell's text as the spreadsheet shows it: integers in full up to 15 digits, larger numbers
/// in Excel's General form (`2.41123E+19`, since their tail digits are lost), dates as
/// `2024-11-05` (with the time when there is one).
pub fn render(value: Data) -> String {
    match value {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s,
        Data::Int(i) => i.to_string(),
        Data::Float(f) => general(f),
        Data::Bool(b) => if b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            if (hh, mm, ss) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
            }
        }
        Data::DateTime(dt) => general(dt.as_f64()),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

/// Excel's General number format: 15 significant digits, scientific from 1e15 up (where a
/// float no longer holds every digit) and for tiny fractions.
pub fn general(f: f64) -> String {
    if !f.is_finite() {
        return "#NUM!".to_string();
    }
    let a = f.abs();
    if a >= 1e15 || (a != 0.0 && a < 1e-9) {
        let s = format!("{f:.5E}");
        let (mantissa, exp) = s.split_once('E').unwrap_or((&s, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}E{sign}{:02}", exp.abs());
    }
    if f.fract() == 0.0 {
        return format!("{}", f as i64);
    }
    let int_digits = (a.log10().floor() as i32 + 1).max(1);
    let decimals = (15 - int_digits).clamp(0, 15) as usize;
    let s = format!("{f:.decimals$}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_excel_shows_them() {
        assert_eq!(general(2.4112e19), "2.4112E+19");
        assert_eq!(general(24112000000012345678.0), "2.4112E+19");
        assert_eq!(general(241123456789012345678.0), "2.41123E+20");
        assert_eq!(general(21010038.0), "21010038");
        assert_eq!(general(11001900311.0), "11001900311");
        assert_eq!(general(1130.5), "1130.5");
        assert_eq!(general(0.1 + 0.2), "0.3");
        assert_eq!(general(-100.0), "-100");
        assert_eq!(general(0.13), "0.13");
    }
}
