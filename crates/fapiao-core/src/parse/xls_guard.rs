//! A check of an XLS file before `calamine` parses it.
//!
//! calamine trusts the sizes written inside a BIFF file: a damaged or crafted OLE2 container
//! can make it index past its buffer, and a DIMENSIONS record claiming 4 billion rows makes it
//! reserve terabytes. So the workbook stream is taken out with the strict `cfb` reader, its
//! records are walked once (sizes held to the limits, records too short for calamine's fixed
//! reads refused, records this tool does not need — defined names, formulas' token lists,
//! drawings, merges — blanked out), and calamine is handed a fresh container holding only that
//! stream.

use std::io::{Cursor, Read, Write};

use crate::diag::Diagnostic;
use crate::parse::errors::damaged_workbook;
use crate::parse::limits::{exceeded, Limits};

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
/// starting inside it, no sheet whose cells (or DIMENSIONS) span more than the cell limit;
/// blanks out what is not needed.
fn check_records(file: &str, stream: &mut [u8], limits: &Limits) -> Result<(), Diagnostic> {
    let too_many_cells = || exceeded(file, "单元格过多", "too many cells", limits.cells);
    let mut sheets = 0usize;
    let mut bounds = Bounds::default();
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
            }
            DIMENSIONS if dimensions_cells(body) > limits.cells => return Err(too_many_cells()),
            CODEPAGE => utf16 = body[..2] == 1200u16.to_le_bytes(),
            EOF => {
                if bounds.cells() > limits.cells {
                    return Err(too_many_cells());
                }
                bounds = Bounds::default();
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
            }
            MULRK | MULBLANK if !bounds.add(kind, body) => {
                return Err(damaged_workbook(
                    file,
                    "列范围颠倒 / a column range is reversed",
                ))
            }
            _ if CELL_RECORDS.contains(&kind) => {
                bounds.add(kind, body);
            }
            _ => {}
        }
        pos += 4 + len;
    }
    if bounds.cells() > limits.cells {
        return Err(too_many_cells());
    }
    Ok(())
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

impl Bounds {
    /// Widens the rectangle to the record's cells; `false` when a multi-cell record's last
    /// column comes before its first.
    fn add(&mut self, kind: u16, body: &[u8]) -> bool {
        let at = |i: usize| body.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let (Some(row), Some(col)) = (at(0), at(2)) else {
            return true;
        };
        let last = if matches!(kind, MULRK | MULBLANK) {
            body.len().checked_sub(2).and_then(at).unwrap_or(col)
        } else {
            col
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
