//! Workbooks (XLSX, XLS, ODS) through `calamine`: every sheet as a [`Table`] of cell text,
//! numbers rendered as the spreadsheet shows them.

use std::fmt::Write;
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, DataRef, Ods, Reader, Xls, Xlsx};

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
#[derive(Debug, PartialEq)]
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
            if let Some(book) = super::xlsx::read_book(bytes, &mut budget)? {
                return Ok(Ok(book));
            }
            // Outside the direct reader's shape: calamine reads it, from the first cell again,
            // once every entry has been inflated within the limits.
            super::limits::check_zip(file, bytes, limits)?;
            budget.cells = 0;
            xlsx_with_calamine(cursor, &mut budget)
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

/// An XLSX workbook read by calamine's cell reader, every sheet.
fn xlsx_with_calamine(
    cursor: Cursor<&[u8]>,
    budget: &mut Budget<'_>,
) -> Result<Result<Book, OpenError>, Diagnostic> {
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
                    match cell.get_value() {
                        // Text cells (most of an export) are borrowed, not copied.
                        DataRef::SharedString(s) => rows.push(r, c, s),
                        DataRef::String(s) => rows.push(r, c, s),
                        other => rows.push_value(r, c, &Data::from(other.clone())),
                    }
                }
                Ok(None) => break,
                Err(e) => return Ok(Err(OpenError::Damaged(e.to_string()))),
            }
        }
        tables.push(rows.finish());
    }
    Ok(Ok(Book { sheets, tables }))
}

/// For the tests and the fuzzer: whether the direct XLSX reader reads `bytes` as calamine does
/// (the same cells, or both failing); `None` when it leaves the workbook to calamine, or the
/// bytes are not an XLSX (as [`detect`](super::detect) tells) whose every entry inflates
/// within the limits (the direct reader inflates only the parts it reads, so a damaged
/// entry it does not need is no error there).
pub fn xlsx_readers_agree(bytes: &[u8]) -> Option<bool> {
    let limits = Limits::DEFAULT;
    if !matches!(
        super::detect("x.xlsx", bytes, &limits),
        Ok(super::Format::Xlsx)
    ) {
        return None;
    }
    super::limits::check_zip("x.xlsx", bytes, &limits).ok()?;
    let budget = || Budget {
        file: "x.xlsx",
        limits: &limits,
        cells: 0,
    };
    let direct = match super::xlsx::read_book(bytes, &mut budget()) {
        Ok(None) => return None,
        Ok(Some(book)) => Ok(book),
        Err(d) => Err(d.id),
    };
    let calamine = match xlsx_with_calamine(Cursor::new(bytes), &mut budget()) {
        Ok(Ok(book)) => Ok(book),
        Ok(Err(_)) => Err("damaged".to_string()),
        Err(d) => Err(d.id),
    };
    Some(direct == calamine)
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
                    let (r, c) = (r0 + i as u32, c0 + j as u32);
                    match value {
                        Data::Empty => {}
                        Data::String(s) => rows.push(r, c, s),
                        other => rows.push_value(r, c, other),
                    }
                }
            }
        }
        tables.push(rows.finish());
    }
    Ok(Ok(Book { sheets, tables }))
}

/// Cells counted against the limits while they stream.
pub(crate) struct Budget<'a> {
    pub(crate) file: &'a str,
    pub(crate) limits: &'a Limits,
    cells: u64,
}

impl Budget<'_> {
    pub(crate) fn sheets(&self, n: usize) -> Result<(), Diagnostic> {
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

    pub(crate) fn cell(&mut self, column: usize) -> Result<(), Diagnostic> {
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
pub(crate) struct RowBuilder {
    table: Table,
    /// Reused to render number and date cells, so they cost no allocation each.
    scratch: String,
}

impl RowBuilder {
    pub(crate) fn new(sheet: &str) -> Self {
        RowBuilder {
            table: Table {
                sheet: Some(sheet.to_string()),
                rows: Vec::new(),
                from_text: false,
            },
            scratch: String::new(),
        }
    }

    /// Renders `value` ([`render_into`]) and pushes it.
    pub(crate) fn push_value(&mut self, row: u32, col: u32, value: &Data) {
        let mut text = std::mem::take(&mut self.scratch);
        render_into(value, &mut text);
        self.push(row, col, &text);
        self.scratch = text;
    }

    /// `row` and `col` are 0-based, as calamine gives them.
    pub(crate) fn push(&mut self, row: u32, col: u32, text: &str) {
        if text.is_empty() {
            return;
        }
        let number = row.saturating_add(1);
        match self.table.rows.last_mut() {
            Some(last) if last.number == number => {}
            Some(last) => {
                // The previous row is complete: its text moves into its shared allocation.
                last.freeze();
                let row = Row::sized_like(number, last);
                self.table.rows.push(row);
            }
            None => self.table.rows.push(Row::new(number)),
        }
        if let Some(r) = self.table.rows.last_mut() {
            r.set(col as usize, text);
        }
    }

    pub(crate) fn finish(mut self) -> Table {
        if let Some(last) = self.table.rows.last_mut() {
            last.freeze();
        }
        self.table
    }
}

/// Writes a cell's text as the spreadsheet shows it into `out` (cleared first): integers in
/// full up to 15 digits, larger numbers in Excel's General form (`2.41123E+19`, since their tail
/// digits are lost), dates as `2024-11-05` (with the time when there is one).
fn render_into(value: &Data, out: &mut String) {
    out.clear();
    // Writing to a String cannot fail.
    let _ = match value {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            out.push_str(s);
            Ok(())
        }
        Data::Int(i) => write!(out, "{i}"),
        Data::Float(f) => {
            general_into(*f, out);
            Ok(())
        }
        Data::Bool(b) => {
            out.push_str(if *b { "TRUE" } else { "FALSE" });
            Ok(())
        }
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            if (hh, mm, ss) == (0, 0, 0) {
                write!(out, "{y:04}-{m:02}-{d:02}")
            } else {
                write!(out, "{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
            }
        }
        Data::DateTime(dt) => {
            general_into(dt.as_f64(), out);
            Ok(())
        }
        Data::Error(e) => write!(out, "{e}"),
        Data::Empty => Ok(()),
    };
}

/// Appends `f` in Excel's General number format: 15 significant digits, scientific from 1e15 up
/// (where a float no longer holds every digit) and for tiny fractions.
fn general_into(f: f64, out: &mut String) {
    if !f.is_finite() {
        out.push_str("#NUM!");
        return;
    }
    let a = f.abs();
    if a >= 1e15 || (a != 0.0 && a < 1e-9) {
        let s = format!("{f:.5E}");
        let (mantissa, exp) = s.split_once('E').unwrap_or((&s, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "{mantissa}E{sign}{:02}", exp.abs());
        return;
    }
    if f.fract() == 0.0 {
        let _ = write!(out, "{}", f as i64);
        return;
    }
    let start = out.len();
    // Money and the like (1130.25): the shortest text that reads back as `f` is already what
    // Excel shows when it has at most 15 significant digits (rounding to 15 digits cannot
    // move it: a double is exact to about 16), and it is several times faster to write than
    // the fixed-precision form below, which needs exact arithmetic.
    if a >= 1.0 {
        let _ = write!(out, "{f}");
        let digits = out[start..].bytes().filter(u8::is_ascii_digit).count();
        if digits <= 15 {
            return;
        }
        out.truncate(start);
    }
    let int_digits = (a.log10().floor() as i32 + 1).max(1);
    let decimals = (15 - int_digits).clamp(0, 15) as usize;
    let _ = write!(out, "{f:.decimals$}");
    let kept = out[start..]
        .trim_end_matches('0')
        .trim_end_matches('.')
        .len();
    out.truncate(start + kept);
    if &out[start..] == "-0" {
        out.truncate(start);
        out.push('0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn general(f: f64) -> String {
        let mut out = String::new();
        general_into(f, &mut out);
        out
    }

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

    /// The fixed-precision form alone, as before the shortest-text shortcut.
    fn general_fixed(f: f64) -> String {
        let a = f.abs();
        let int_digits = (a.log10().floor() as i32 + 1).max(1);
        let decimals = (15 - int_digits).clamp(0, 15) as usize;
        let s = format!("{f:.decimals$}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }

    #[test]
    fn the_shortcut_writes_what_the_fixed_form_writes() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let r = next();
            // Cents (the common case), other decimals, and arbitrary doubles, 1 to 1e15.
            let f = match r % 3 {
                0 => (r >> 8) as f64 % 1e13 / 100.0,
                1 => (r >> 8) as f64 % 1e12 / 10f64.powi((r >> 60) as i32 % 9),
                _ => {
                    f64::from_bits(0x3FF0_0000_0000_0000 | (r >> 12)) * 10f64.powi((r % 15) as i32)
                }
            };
            let f = if r & 1 == 1 { -f } else { f };
            if !(1.0..1e15).contains(&f.abs()) || f.fract() == 0.0 {
                continue;
            }
            assert_eq!(general(f), general_fixed(f), "{f:?}");
        }
    }

    #[test]
    fn rendering_reuses_the_buffer() {
        let mut out = String::from("stale");
        render_into(&Data::Float(1130.5), &mut out);
        assert_eq!(out, "1130.5");
        render_into(&Data::Int(7), &mut out);
        assert_eq!(out, "7");
        render_into(&Data::Float(-0.0000000001), &mut out);
        assert_eq!(out, "-1E-10");
        render_into(&Data::Empty, &mut out);
        assert_eq!(out, "");
    }
}
