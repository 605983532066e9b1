//! A check of an XLS file before `calamine` parses it.
//!
//! calamine trusts the sizes written inside a BIFF file: a damaged or crafted OLE2 container
//! can make it index past its buffer, and a DIMENSIONS record claiming 4 billion rows makes it
//! reserve terabytes. So the workbook stream is taken out with the strict `cfb` reader, its
//! records are walked once (sizes held to the limits, records too short for calamine's fixed
//! reads refused, records this tool does not need — defined names, formulas' token lists,
//! drawings, merges — blanked out), and calamine is handed a fresh container holding only that
//! stream. A sheet whose cells holding a value are scattered thinly over a large area (one stray
//! cell far from the data) is refused with `read.sheet_sparse`, naming the stray cell.

use std::io::{Cursor, Read, Write};

use crate::diag::{column_letters, Diagnostic, Place, Severity};
use crate::parse::errors::damaged_workbook;
use crate::parse::limits::{exceeded, Limits};
use crate::text::Text;

const BOF: u16 = 0x0809;
const BOUNDSHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const EOF: u16 = 0x000A;
const FORMULA: u16 = 0x0006;
const SST: u16 = 0x00FC;
const CONTINUE: u16 = 0x003C;
const CODEPAGE: u16 = 0x0042;
const MULRK: u16 = 0x00BD;
/// Records calamine parses that this tool does not need: NAME, EXTERNSHEET, MSODRAWINGGROUP,
/// MERGECELLS, RRTABID. They are renamed to [`IGNORED`] (same length, so offsets hold).
const UNNEEDED: [u16; 5] = [0x0018, 0x0017, 0x00EB, 0x00E5, 0x013D];
/// A record type calamine skips (EXTSST).
const IGNORED: u16 = 0x00FF;
/// Records calamine reads at fixed offsets without checking the length: BOF, CODEPAGE,
/// DATEMODE, FILEPASS, BOUNDSHEET, with the least length each needs.
const MIN_LEN: [(u16, usize); 5] = [
    (0x0809, 4),
    (0x0042, 2),
    (0x0022, 2),
    (0x002F, 2),
    (BOUNDSHEET, 8),
];
const MULBLANK: u16 = 0x00BE;
const BLANK: u16 = 0x0201;
const LABELSST: u16 = 0x00FD;
/// Records that place a value in a cell: NUMBER, LABEL, LABELSST, RK, MULRK, BOOLERR, FORMULA,
/// BLANK, MULBLANK. Row at bytes 0..2, column at 2..4 (MULRK/MULBLANK: last column at the end).
const CELL_RECORDS: [u16; 9] = [
    0x0203, 0x0204, 0x00FD, 0x027E, MULRK, 0x0205, 0x0006, 0x0201, MULBLANK,
];

/// Returns a clean container with the workbook stream, if the file's container is sound and no
/// record claims more than `limits`.
pub(crate) fn sanitise(file: &str, bytes: &[u8], limits: &Limits) -> Result<Vec<u8>, Diagnostic> {
    let damaged = |what: &str| damaged_workbook(file, what);
    let rebuild_failed = || damaged("无法重建容器 / cannot rebuild the container");
    let mut container = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|_| damaged("OLE2 容器损坏 / the OLE2 container is damaged"))?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| container.is_stream(n))
        .ok_or_else(|| damaged("没有工作簿数据流 / no workbook stream"))?;
    let mut stream = Vec::new();
    container
        .open_stream(name)
        .and_then(|s| s.take(bytes.len() as u64).read_to_end(&mut stream))
        .map_err(|_| damaged("工作簿数据流损坏 / the workbook stream is damaged"))?;
    check_records(file, &mut stream, limits)?;
    let mut clean =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))
            .map_err(|_| rebuild_failed())?;
    clean
        .create_stream("/Workbook")
        .and_then(|mut s| s.write_all(&stream))
        .and_then(|_| clean.flush())
        .map_err(|_| rebuild_failed())?;
    Ok(clean.into_inner().into_inner())
}

/// Walks the BIFF records once: every record within the stream and long enough, every sheet
/// starting inside it, no sheet whose cells (or DIMENSIONS) span more than the cell limit, no
/// sheet whose values are spread too thinly over a large area; blanks out what is not needed.
fn check_records(file: &str, stream: &mut [u8], limits: &Limits) -> Result<(), Diagnostic> {
    let too_many_cells = || exceeded(file, "单元格过多", "too many cells", limits.cells);
    let mut sheets = 0usize;
    let mut bounds = Bounds::default();
    let mut used = Used::default();
    // Each sheet as named in messages, by the stream position of its BOF; the sheet calamine
    // reads from the last BOF it starts at (it stops at the first EOF); every BOF's position.
    let mut names: Vec<(usize, Sheet)> = Vec::new();
    let mut sheet: Option<Sheet> = None;
    let mut bofs: Vec<usize> = Vec::new();
    // The strings in the shared-string table: calamine drops a LABELSST cell past them.
    let mut strings = 0u32;
    let mut utf16 = true;
    let mut pos = 0usize;
    while pos + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[pos], stream[pos + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[pos + 2], stream[pos + 3]]));
        if kind == SST && !sst_is_sound(&continued(stream, pos), utf16) {
            return Err(damaged_workbook(
                file,
                "共享字符串表损坏 / the shared strings are damaged",
            ));
        }
        let stream_len = stream.len();
        let body = stream
            .get_mut(pos + 4..pos + 4 + len)
            .ok_or_else(|| damaged_workbook(file, "记录越界 / a record runs past the end"))?;
        if MIN_LEN.iter().any(|&(k, min)| k == kind && len < min) {
            return Err(damaged_workbook(file, "记录过短 / a record is too short"));
        }
        if UNNEEDED.contains(&kind) {
            stream[pos..pos + 2].copy_from_slice(&IGNORED.to_le_bytes());
            pos += 4 + len;
            continue;
        }
        match kind {
            BOUNDSHEET => {
                sheets += 1;
                if sheets > limits.sheets {
                    return Err(exceeded(
                        file,
                        "工作表过多",
                        "too many sheets",
                        limits.sheets as u64,
                    ));
                }
                let at = body
                    .get(..4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                if at.is_none_or(|at| at as usize >= stream_len) {
                    return Err(damaged_workbook(
                        file,
                        "工作表位置越界 / a sheet starts past the end",
                    ));
                }
                if let Some(at) = at {
                    names.push((at as usize, sheet_name(body, sheets)));
                }
            }
            BOF => {
                bofs.push(pos);
                if let Some((_, name)) = names.iter().find(|(at, _)| *at == pos) {
                    sheet = Some(name.clone());
                    used = Used::default();
                }
            }
            SST => {
                strings = body
                    .get(4..8)
                    .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            }
            DIMENSIONS if dimensions_cells(body) > limits.cells => return Err(too_many_cells()),
            CODEPAGE => utf16 = body[..2] == 1200u16.to_le_bytes(),
            EOF => {
                if bounds.cells() > limits.cells {
                    return Err(too_many_cells());
                }
                if let Some(sheet) = sheet.take() {
                    used.check(file, &sheet, limits)?;
                }
                bounds = Bounds::default();
                used = Used::default();
            }
            FORMULA if len < 22 => {
                return Err(damaged_workbook(
                    file,
                    "公式记录过短 / a formula record is too short",
                ))
            }
            // The cached value is kept; the token list (read without bounds checks) is emptied.
            FORMULA => {
                body[20..22].copy_from_slice(&[0, 0]);
                bounds.add(kind, body);
                used.add(kind, body, strings);
            }
            MULRK | MULBLANK if !bounds.add(kind, body) => {
                return Err(damaged_workbook(
                    file,
                    "列范围颠倒 / a column range is reversed",
                ))
            }
            _ if CELL_RECORDS.contains(&kind) => {
                bounds.add(kind, body);
                used.add(kind, body, strings);
            }
            _ => {}
        }
        pos += 4 + len;
    }
    if bounds.cells() > limits.cells {
        return Err(too_many_cells());
    }
    if let Some(sheet) = sheet {
        used.check(file, &sheet, limits)?;
    }
    // calamine reads each sheet from the position its BOUNDSHEET gives: one that is not a
    // record this walk saw would show calamine records that were never checked.
    if names.iter().any(|(at, _)| bofs.binary_search(at).is_err()) {
        return Err(damaged_workbook(
            file,
            "工作表位置不在记录开头 / a sheet does not start at a record",
        ));
    }
    Ok(())
}

/// A sheet as messages name it, in Chinese and in English.
type Sheet = (String, String);

/// The sheet the `n`th BOUNDSHEET record describes, by its name (BIFF8: a short Unicode string
/// after 6 bytes), or by its number when the name cannot be read.
fn sheet_name(body: &[u8], n: usize) -> Sheet {
    let name = body.get(6..8).and_then(|h| {
        let (chars, flags) = (usize::from(h[0]), h[1]);
        let rest = &body[8..];
        match flags {
            0 => rest
                .get(..chars)
                .map(|b| b.iter().map(|&c| char::from(c)).collect()),
            1 => rest.get(..chars * 2).map(|b| {
                let units = b.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]]));
                char::decode_utf16(units)
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect()
            }),
            _ => None,
        }
    });
    match name.filter(|s: &String| !s.is_empty() && !s.contains(char::is_control)) {
        Some(name) => (format!("工作表“{name}”"), format!("sheet “{name}”")),
        None => (format!("第 {n} 个工作表"), format!("sheet {n}")),
    }
}

/// A cell's address as Excel shows it: column letters, then the row from 1 (`IV65536`).
fn cell_name(row: u16, col: u16) -> String {
    format!("{}{}", column_letters(usize::from(col)), u32::from(row) + 1)
}

/// The cells of one sheet that calamine keeps (those holding a value: not BLANK or MULBLANK):
/// their rectangle, which calamine allocates whole, how many there are, and the record that
/// reaches furthest down and furthest right, with how far the next ones reach.
#[derive(Default)]
struct Used {
    values: u64,
    area: Bounds,
    bottom: Reach,
    right: Reach,
}

/// The record that reaches furthest along one axis, and how far the others reach.
#[derive(Default, Clone, Copy)]
struct Reach {
    /// The furthest cell (row, column) and its place along the axis.
    cell: Option<((u16, u16), u16)>,
    /// The furthest place along the axis among all other records.
    next: Option<u16>,
}

impl Reach {
    fn add(&mut self, cell: (u16, u16), at: u16) {
        match self.cell {
            Some((_, best)) if at <= best => self.next = Some(self.next.map_or(at, |n| n.max(at))),
            Some((_, best)) => {
                self.next = Some(best);
                self.cell = Some((cell, at));
            }
            None => self.cell = Some((cell, at)),
        }
    }
}

impl Used {
    fn add(&mut self, kind: u16, body: &[u8], strings: u32) {
        let string = body
            .get(6..10)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        if matches!(kind, BLANK | MULBLANK)
            || kind == LABELSST && string.is_none_or(|i| i >= strings)
        {
            return;
        }
        let Some((row, col, last)) = cell_span(kind, body) else {
            return;
        };
        let last = last.max(col);
        let cells = if kind == MULRK {
            (body.len().saturating_sub(6) / 6).min(usize::from(last - col) + 1) as u64
        } else {
            1
        };
        self.area.add(kind, body);
        self.values += cells;
        self.bottom.add((row, col), row);
        self.right.add((row, last), last);
    }

    /// Refuses the sheet when its area is over the limit and filled too thinly.
    fn check(&self, file: &str, sheet: &Sheet, limits: &Limits) -> Result<(), Diagnostic> {
        let area = self.area.cells();
        if area <= limits.sparse_after_cells
            || self.values.saturating_mul(limits.min_fill_one_in) >= area
        {
            return Ok(());
        }
        let (Some((r0, r1)), Some((c0, c1))) = (self.area.rows, self.area.cols) else {
            return Ok(());
        };
        // The stray cell: the furthest down or the furthest right, whichever leaves the
        // smaller area once deleted.
        let left_without = |reach: &Reach, other: &Reach, rows: bool| {
            let ((cell, _), next) = (reach.cell?, reach.next?);
            let other_too = other.cell.is_some_and(|(c, _)| c == cell);
            let other_end = if other_too {
                other.next?
            } else if rows {
                c1
            } else {
                r1
            };
            let (r_end, c_end) = if rows {
                (next, other_end)
            } else {
                (other_end, next)
            };
            let rows = u64::from(r_end.saturating_sub(r0)) + 1;
            let cols = u64::from(c_end.saturating_sub(c0)) + 1;
            Some((rows * cols, cell))
        };
        let stray = [
            left_without(&self.bottom, &self.right, true),
            left_without(&self.right, &self.bottom, false),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|(left, _)| *left)
        .map(|(_, cell)| cell)
        .or(self.bottom.cell.map(|(c, _)| c))
        .unwrap_or((r1, c1));
        Err(sparse(
            file,
            sheet,
            &cell_name(stray.0, stray.1),
            &format!("{}:{}", cell_name(r0, c0), cell_name(r1, c1)),
            area,
            self.values,
            limits,
        ))
    }
}

/// `read.sheet_sparse`: a stray cell far from the data makes the sheet's area huge.
fn sparse(
    file: &str,
    sheet: &Sheet,
    cell: &str,
    range: &str,
    area: u64,
    values: u64,
    limits: &Limits,
) -> Diagnostic {
    let mb = area * 64 / 1_000_000;
    let (after, one_in) = (limits.sparse_after_cells, limits.min_fill_one_in);
    Diagnostic {
        id: "read.sheet_sparse".into(),
        severity: Severity::Error,
        place: Place::file(file),
        message: Text::new(
            format!(
                "工作簿“{file}”的{}中，单元格 {cell} 远离其余数据，使有值的区域扩大到 {range}（{area} 个单元格），其中只有 {values} 个有值；读取它约需 {mb} MB 内存。为保护浏览器，已停止读取（超过 {after} 个单元格的区域，至少每 {one_in} 个要有 1 个有值）。",
                sheet.0
            ),
            format!(
                "In the workbook “{file}”, {}, the cell {cell} lies far from the rest of the data: it stretches the area holding values to {range} ({area} cells), of which only {values} hold a value; reading it would take about {mb} MB. Reading stopped to protect the browser (an area over {after} cells must have at least one value in {one_in} cells).",
                sheet.1
            ),
        ),
        action: Text::new(
            format!(
                "请在 Excel 或 WPS 中打开，清除单元格 {cell}（选中后按 Delete 键；或删除数据下方的所有行和右侧的所有列），保存后再加载。"
            ),
            format!(
                "Open it in Excel or WPS, clear the cell {cell} (select it and press Delete; or delete every row below the data and every column to its right), save, and load it again."
            ),
        ),
    }
}

/// The body of the record at `pos` followed by the bodies of the CONTINUE records after it,
/// as calamine joins them.
fn continued(stream: &[u8], pos: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut at = pos;
    while let Some(head) = stream.get(at..at + 4) {
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let Some(body) = stream.get(at + 4..at + 4 + len) else {
            break;
        };
        parts.push(body);
        at += 4 + len;
        if stream.get(at..at + 2) != Some(&CONTINUE.to_le_bytes()[..]) {
            break;
        }
    }
    parts
}

/// Walks the shared-string table as calamine does and says whether calamine would read past
/// a segment (a short flags block, an empty CONTINUE where a string goes on). Tables calamine
/// rejects by itself count as sound: it returns an error, which is all that is needed.
fn sst_is_sound(parts: &[&[u8]], utf16: bool) -> bool {
    let mut rest = parts.iter().skip(1).copied();
    let Some(data) = parts.first().and_then(|d| d.get(8..)) else {
        return true;
    };
    let mut data = data;
    loop {
        if data.is_empty() {
            match rest.next() {
                Some(next) => data = next,
                None => return true,
            }
            if data.is_empty() {
                continue;
            }
        }
        if data.len() < 3 {
            return true;
        }
        let mut chars = usize::from(u16::from_le_bytes([data[0], data[1]]));
        let flags = data[2];
        let mut wide = flags & 1 != 0;
        data = &data[3..];
        let mut skip = 0usize;
        if flags & 0x8 != 0 {
            let Some(runs) = data.get(..2) else {
                return false;
            };
            skip += usize::from(u16::from_le_bytes([runs[0], runs[1]])) * 4;
            data = &data[2..];
        }
        if flags & 0x4 != 0 {
            let Some(ext) = data.get(..4) else {
                return false;
            };
            skip =
                skip.saturating_add(i32::from_le_bytes([ext[0], ext[1], ext[2], ext[3]]) as usize);
            data = &data[4..];
        }
        while chars > 0 {
            let per_char = if utf16 && wide { 2 } else { 1 };
            let taken = chars.min(data.len() / per_char);
            data = &data[taken * per_char..];
            chars -= taken;
            if chars > 0 {
                match rest.next() {
                    None => return true,
                    Some([]) => return false,
                    Some(next) => {
                        wide = next[0] & 1 != 0;
                        data = &next[1..];
                    }
                }
            }
        }
        while skip > 0 {
            if data.is_empty() {
                match rest.next() {
                    Some(next) => data = next,
                    None => return true,
                }
            }
            let n = skip.min(data.len());
            data = &data[n..];
            skip -= n;
        }
    }
}

/// The cells a DIMENSIONS record makes calamine reserve, computed as calamine does (first row,
/// last row + 1, first column, last column + 1; 16-bit rows in 10-byte BIFF5 records).
fn dimensions_cells(body: &[u8]) -> u64 {
    let u16_at = |i: usize| {
        body.get(i..i + 2)
            .map_or(0, |b| u32::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let u32_at = |i: usize| {
        body.get(i..i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let (rf, rl, mut cf, cl) = match body.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        _ => return 0,
    };
    if cf > 0xFF || cl < cf {
        cf = 0;
    }
    if rl == 0 || cl == 0 {
        return 1;
    }
    let rows = u64::from((rl - 1).wrapping_sub(rf).wrapping_add(1));
    let cols = u64::from((cl - 1).wrapping_sub(cf).wrapping_add(1));
    rows.saturating_mul(cols)
}

/// The rectangle the cells of one sheet span: calamine allocates all of it.
#[derive(Default)]
struct Bounds {
    rows: Option<(u16, u16)>,
    cols: Option<(u16, u16)>,
}

/// A cell record's row, first column and last column (MULRK and MULBLANK give their last
/// column at the end; other records hold one cell); `None` when the record is too short.
fn cell_span(kind: u16, body: &[u8]) -> Option<(u16, u16, u16)> {
    let at = |i: usize| body.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let (row, col) = (at(0)?, at(2)?);
    let last = if matches!(kind, MULRK | MULBLANK) {
        body.len().checked_sub(2).and_then(at).unwrap_or(col)
    } else {
        col
    };
    Some((row, col, last))
}

impl Bounds {
    /// Widens the rectangle to the record's cells; `false` when a multi-cell record's last
    /// column comes before its first.
    fn add(&mut self, kind: u16, body: &[u8]) -> bool {
        let Some((row, col, last)) = cell_span(kind, body) else {
            return true;
        };
        let widen = |r: &mut Option<(u16, u16)>, lo: u16, hi: u16| {
            *r = Some(r.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
        };
        widen(&mut self.rows, row, row);
        widen(&mut self.cols, col.min(last), col.max(last));
        last >= col
    }

    fn cells(&self) -> u64 {
        match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBER: u16 = 0x0203;

    fn record(out: &mut Vec<u8>, kind: u16, body: &[u8]) {
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&(body.len() as u16).to_le_bytes());
        out.extend_from_slice(body);
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut b = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
        b.extend_from_slice(&1.5f64.to_le_bytes());
        b
    }

    /// A MULRK record body: `cols` numbers from column 0 of `row`.
    fn mulrk(row: u16, cols: u16) -> Vec<u8> {
        let mut b = [row.to_le_bytes(), 0u16.to_le_bytes()].concat();
        for _ in 0..cols {
            b.extend_from_slice(&[0, 0, 0x02, 0, 0, 0]);
        }
        b.extend_from_slice(&(cols - 1).to_le_bytes());
        b
    }

    /// A workbook stream with one sheet named 台账 holding `cells` records (kind, body).
    fn stream(cells: &[(u16, Vec<u8>)]) -> Vec<u8> {
        let bof = [0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let name: Vec<u8> = "台账".encode_utf16().flat_map(u16::to_le_bytes).collect();
        // Globals: BOF (20 bytes), BOUNDSHEET (4 + 8 + 4 bytes of name), EOF (4 bytes).
        let sheet_at = 20u32 + 4 + 8 + name.len() as u32 + 4;
        let mut s = Vec::new();
        record(&mut s, BOF, &bof);
        let mut sheet = sheet_at.to_le_bytes().to_vec();
        sheet.extend_from_slice(&[0, 0, 2, 1]);
        sheet.extend_from_slice(&name);
        record(&mut s, BOUNDSHEET, &sheet);
        record(&mut s, EOF, &[]);
        assert_eq!(s.len(), sheet_at as usize);
        record(&mut s, BOF, &bof);
        for (kind, body) in cells {
            record(&mut s, *kind, body);
        }
        record(&mut s, EOF, &[]);
        s
    }

    fn check(cells: &[(u16, Vec<u8>)], limits: &Limits) -> Result<(), Diagnostic> {
        check_records("book.xls", &mut stream(cells), limits)
    }

    /// `rows` rows of `cols` numbers from A1, then the given stray cells.
    fn ledger(rows: u16, cols: u16, strays: &[(u16, u16)]) -> Vec<(u16, Vec<u8>)> {
        let mut cells: Vec<_> = (0..rows).map(|r| (MULRK, mulrk(r, cols))).collect();
        cells.extend(strays.iter().map(|&(r, c)| (NUMBER, number(r, c))));
        cells
    }

    #[test]
    fn cells_are_named_as_excel_shows_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(9, 26), "AA10");
        assert_eq!(cell_name(65535, 255), "IV65536");
        assert_eq!(cell_name(65282, 1), "B65283");
    }

    #[test]
    fn the_sparse_rule_is_the_documented_constants() {
        assert_eq!(Limits::DEFAULT.sparse_after_cells, 1_000_000);
        assert_eq!(Limits::DEFAULT.min_fill_one_in, 50);
    }

    #[test]
    fn a_full_xls_ledger_with_a_stray_far_cell_is_read() {
        // XLS holds at most 65,536 rows: a header and 65,535 rows of 20 columns, and a stray
        // value at IV65536, fill the 16.7-million-cell area one cell in 13.
        let cells = ledger(65_535, 20, &[(65_535, 255)]);
        assert_eq!(check(&cells, &Limits::DEFAULT), Ok(()));
    }

    /// A LABEL record body: `text` at (`row`, `col`), as UTF-16.
    fn label(row: u16, col: u16, text: &str) -> Vec<u8> {
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut b = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
        b.extend_from_slice(&(units.len() as u16).to_le_bytes());
        b.push(1);
        b.extend(units.iter().flat_map(|u| u.to_le_bytes()));
        b
    }

    #[test]
    fn a_full_xls_ledger_with_a_stray_far_cell_is_read_end_to_end() {
        // The same ledger as a whole file through `read`: a header row (the eight ledger
        // columns and twelve more), 65,535 rows of numbers, and "x" at IV65536.
        let header = "发票号码,开票日期,销方名称,销方税号,金额,税率,税额,价税合计";
        let names: Vec<String> = header
            .split(',')
            .map(String::from)
            .chain((9..=20).map(|i| format!("备注{i}")))
            .collect();
        let mut cells: Vec<_> = (0u16..)
            .zip(&names)
            .map(|(c, n)| (0x0204, label(0, c, n)))
            .collect();
        cells.extend((1..=65_535u16).map(|r| (MULRK, mulrk(r, 20))));
        cells.push((0x0204, label(65_535, 255, "x")));
        let mut book = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("container");
        book.create_stream("/Workbook")
            .and_then(|mut s| s.write_all(&stream(&cells)))
            .expect("stream");
        book.flush().expect("flush");
        let bytes = book.into_inner().into_inner();
        let options = crate::parse::ReadOptions::default();
        let parsed = crate::parse::read("ledger.xls", &bytes, &options).expect("read");
        assert!(parsed.info.rows >= 65_535, "{} rows", parsed.info.rows);
    }

    #[test]
    fn a_small_ledger_with_a_stray_far_cell_is_refused_naming_the_cell() {
        let cells = ledger(1_000, 20, &[(65_535, 255)]);
        let err = check(&cells, &Limits::DEFAULT).unwrap_err();
        assert_eq!(err.id, "read.sheet_sparse");
        for text in [
            &err.message.zh,
            &err.message.en,
            &err.action.zh,
            &err.action.en,
        ] {
            assert!(text.contains("IV65536"), "{text}");
        }
        assert!(err.message.zh.contains("台账") && err.message.en.contains("台账"));
        assert!(err.message.en.contains("book.xls") && err.message.en.contains("A1:IV65536"));
        assert!(
            err.message.en.contains("20001 hold a value"),
            "{}",
            err.message.en
        );
    }

    #[test]
    fn the_rule_holds_at_its_bounds() {
        let tight = Limits {
            sparse_after_cells: 100,
            min_fill_one_in: 10,
            ..Limits::DEFAULT
        };
        // 10 × 10 = 100 cells: not over the area limit, however few hold values.
        let corners = ledger(1, 1, &[(9, 9)]);
        assert_eq!(check(&corners, &tight), Ok(()));
        // 11 × 10 = 110 cells: 11 values (one in 10) are enough, 10 are not.
        let eleven = ledger(10, 1, &[(10, 9)]);
        assert_eq!(check(&eleven, &tight), Ok(()));
        let ten = ledger(9, 1, &[(10, 9)]);
        let err = check(&ten, &tight).unwrap_err();
        assert_eq!(err.id, "read.sheet_sparse");
        assert!(err.message.en.contains("J11"), "{}", err.message.en);
    }

    #[test]
    fn the_stray_cell_named_is_the_one_whose_deletion_helps() {
        let tight = Limits {
            sparse_after_cells: 1_000,
            ..Limits::DEFAULT
        };
        // Far to the right of a 100-row table: IV4, not the table's last row.
        let right = ledger(100, 5, &[(3, 255)]);
        assert!(check(&right, &tight)
            .unwrap_err()
            .message
            .en
            .contains(" IV4 "));
        // Far below: B65283 (as in the XLS the fuzzer found).
        let below = ledger(8, 5, &[(65_282, 1)]);
        let err = check(&below, &tight).unwrap_err();
        assert!(err.message.en.contains(" B65283 "), "{}", err.message.en);
    }

    #[test]
    fn only_cells_calamine_keeps_are_held_to_the_rule() {
        let tight = Limits {
            sparse_after_cells: 1_000,
            ..Limits::DEFAULT
        };
        // A shared string past the table (there is none): calamine drops the cell.
        let mut cells = ledger(10, 5, &[]);
        let lost = [
            65_535u16.to_le_bytes(),
            255u16.to_le_bytes(),
            [0, 0],
            [0, 0],
        ]
        .concat();
        cells.push((LABELSST, [lost, 7u32.to_le_bytes().to_vec()].concat()));
        assert_eq!(check(&cells, &tight), Ok(()));
        // A far value after the sheet's first EOF (say, in a chart inside it): calamine stops
        // reading at that EOF.
        let mut bytes = stream(&ledger(10, 5, &[]));
        record(&mut bytes, BOF, &[0; 16]);
        record(&mut bytes, NUMBER, &number(65_535, 255));
        record(&mut bytes, EOF, &[]);
        assert_eq!(check_records("book.xls", &mut bytes, &tight), Ok(()));
        // The same value before that EOF is read, and refused.
        let mut cells = ledger(10, 5, &[]);
        cells.push((BOF, vec![0; 16]));
        cells.push((NUMBER, number(65_535, 255)));
        let err = check(&cells, &tight).unwrap_err();
        assert_eq!(err.id, "read.sheet_sparse");
    }

    #[test]
    fn a_sheet_must_start_at_a_record_the_walk_saw() {
        // The sheet's position moved 4 bytes into its BOF record: calamine would read records
        // out of the BOF's body that this walk never checked.
        let mut bytes = stream(&ledger(2, 2, &[]));
        let at = 20 + 4;
        let moved =
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) + 4;
        bytes[at..at + 4].copy_from_slice(&moved.to_le_bytes());
        let err = check_records("book.xls", &mut bytes, &Limits::DEFAULT).unwrap_err();
        assert_eq!(err.id, "read.workbook_damaged");
        assert!(err.message.en.contains("does not start at a record"));
    }

    #[test]
    fn blank_cells_neither_count_nor_stretch_the_area() {
        // Borders drawn down to row 60,000 (MULBLANK, as Excel writes formatted empty cells)
        // under 100 rows of data: calamine keeps no blank cell, so nothing to refuse.
        let mut cells = ledger(100, 20, &[]);
        for r in 100..60_000u16 {
            let mut b = [r.to_le_bytes(), 0u16.to_le_bytes()].concat();
            b.extend(std::iter::repeat_n([0x0F, 0x00], 20).flatten());
            b.extend_from_slice(&19u16.to_le_bytes());
            cells.push((MULBLANK, b));
        }
        cells.push((
            BLANK,
            [60_000u16.to_le_bytes(), 255u16.to_le_bytes(), [0, 0]].concat(),
        ));
        assert_eq!(check(&cells, &Limits::DEFAULT), Ok(()));
    }
}
