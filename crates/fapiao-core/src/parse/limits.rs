//! Limits that protect a browser tab from hostile or broken files.
//!
//! Each limit is checked while the input is streamed (a zip entry is counted as it inflates, a
//! sheet's cells as they are read), so a zip bomb stops at the limit instead of filling memory.
//! The OFD reader uses the same zip check.

use flate2::{Decompress, FlushDecompress, Status};
use zip::CompressionMethod;

use crate::diag::{Diagnostic, Place, Severity};
use crate::text::Text;

/// Largest total of decompressed bytes over all entries of one zip (XLSX, ODS, OFD): 512 MiB.
pub const MAX_ZIP_TOTAL_BYTES: u64 = 512 * 1024 * 1024;
/// Largest compression ratio (decompressed ÷ compressed) of one zip entry once it has inflated
/// past [`RATIO_CHECK_AFTER_BYTES`]; spreadsheet XML compresses about 10 to 50 times.
pub const MAX_ZIP_RATIO: u64 = 250;
/// Entries are small enough not to need a ratio check below this many decompressed bytes: 1 MiB.
pub const RATIO_CHECK_AFTER_BYTES: u64 = 1024 * 1024;
/// Most entries in one zip.
pub const MAX_ZIP_ENTRIES: usize = 10_000;
/// Most cells read from one workbook or text file: a 1,000,000-row per-line export (27
/// columns) fits; an ODS or XLS range at the limit takes calamine about 1 GB (32 bytes a cell).
pub const MAX_CELLS: u64 = 30_000_000;
/// Most cells in one row (Excel's own limit is 16,384 columns).
pub const MAX_ROW_CELLS: usize = 16_384;
/// Longest line of a text file: 1 MiB.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;
/// Most sheets in one workbook.
pub const MAX_SHEETS: usize = 1_000;
/// An XLS sheet whose used area (the rectangle from its first to its last cell holding a value)
/// spans more cells than this must hold a value in at least one cell in [`MIN_FILL_ONE_IN`]:
/// calamine allocates the whole area (32 bytes a cell, twice), so one stray cell at IV65536
/// would make a 5 KB file take a gigabyte. A full XLS ledger (65,535 rows × 20 columns) with a
/// stray cell there is filled one cell in 13 and is read.
pub const SPARSE_AFTER_CELLS: u64 = 1_000_000;
/// See [`SPARSE_AFTER_CELLS`].
pub const MIN_FILL_ONE_IN: u64 = 50;

/// The limits in force for one read; [`Limits::DEFAULT`] holds the constants above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// See [`MAX_ZIP_TOTAL_BYTES`].
    pub zip_total_bytes: u64,
    /// See [`MAX_ZIP_RATIO`].
    pub zip_ratio: u64,
    /// See [`MAX_ZIP_ENTRIES`].
    pub zip_entries: usize,
    /// See [`MAX_CELLS`].
    pub cells: u64,
    /// See [`MAX_ROW_CELLS`].
    pub row_cells: usize,
    /// See [`MAX_LINE_BYTES`].
    pub line_bytes: usize,
    /// See [`MAX_SHEETS`].
    pub sheets: usize,
    /// See [`SPARSE_AFTER_CELLS`].
    pub sparse_after_cells: u64,
    /// See [`MIN_FILL_ONE_IN`].
    pub min_fill_one_in: u64,
}

impl Limits {
    /// The documented limits.
    pub const DEFAULT: Limits = Limits {
        zip_total_bytes: MAX_ZIP_TOTAL_BYTES,
        zip_ratio: MAX_ZIP_RATIO,
        zip_entries: MAX_ZIP_ENTRIES,
        cells: MAX_CELLS,
        row_cells: MAX_ROW_CELLS,
        line_bytes: MAX_LINE_BYTES,
        sheets: MAX_SHEETS,
        sparse_after_cells: SPARSE_AFTER_CELLS,
        min_fill_one_in: MIN_FILL_ONE_IN,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// The error for a limit that was hit: id `read.limit`, with what and how much.
pub fn exceeded(file: &str, what_zh: &str, what_en: &str, limit: u64) -> Diagnostic {
    Diagnostic {
        id: "read.limit".into(),
        severity: Severity::Error,
        place: Place::file(file),
        message: Text::new(
            format!("文件“{file}”超出了安全上限：{what_zh}（上限 {limit}）。为保护浏览器，已停止读取。"),
            format!(
                "The file “{file}” exceeds a safety limit: {what_en} (limit {limit}). Reading stopped to protect the browser."
            ),
        ),
        action: Text::new(
            "如果文件确实如此之大，请拆分后分批加载；否则它可能已损坏或是恶意构造的压缩包。",
            "If the file really is that large, split it and load the parts; otherwise it may be damaged or a crafted archive.",
        ),
    }
}

/// The names of a zip's entries, from its central directory (nothing inflated); too many
/// entries is an error.
pub fn zip_names(file: &str, bytes: &[u8], limits: &Limits) -> Result<Vec<String>, Diagnostic> {
    let archive = open_zip(file, bytes, limits)?;
    Ok(archive.file_names().map(str::to_string).collect())
}

fn open_zip<'b>(
    file: &str,
    bytes: &'b [u8],
    limits: &Limits,
) -> Result<zip::ZipArchive<std::io::Cursor<&'b [u8]>>, Diagnostic> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| super::errors::damaged_zip(file))?;
    if archive.len() > limits.zip_entries {
        return Err(exceeded(
            file,
            &format!("压缩包内有 {} 个文件", archive.len()),
            &format!("the archive holds {} entries", archive.len()),
            limits.zip_entries as u64,
        ));
    }
    Ok(archive)
}

/// Bytes inflated from one zip, counted against the limits as they stream: the total over
/// all entries, and each entry's compression ratio.
pub(crate) struct ZipTally<'a> {
    file: &'a str,
    limits: &'a Limits,
    total: u64,
    /// The limit hit by a counted read ([`Tallied`]), which can only fail with an I/O error.
    pub(crate) error: Option<Diagnostic>,
}

impl<'a> ZipTally<'a> {
    /// Nothing counted yet.
    pub(crate) fn new(file: &'a str, limits: &'a Limits) -> Self {
        ZipTally {
            file,
            limits,
            total: 0,
            error: None,
        }
    }

    /// Counts `n` more bytes of the entry `name`, which has inflated `inflated` bytes (these
    /// included) from `compressed`.
    fn count(
        &mut self,
        name: &str,
        compressed: u64,
        inflated: u64,
        n: u64,
    ) -> Result<(), Diagnostic> {
        self.total += n;
        if self.total > self.limits.zip_total_bytes {
            return Err(exceeded(
                self.file,
                "解压后总大小过大",
                "too many bytes once decompressed",
                self.limits.zip_total_bytes,
            ));
        }
        if inflated > RATIO_CHECK_AFTER_BYTES
            && inflated / compressed.max(1) > self.limits.zip_ratio
        {
            return Err(exceeded(
                self.file,
                &format!("“{name}”的压缩比超过 {}", self.limits.zip_ratio),
                &format!(
                    "“{name}” is compressed more than {} to 1",
                    self.limits.zip_ratio
                ),
                self.limits.zip_ratio,
            ));
        }
        Ok(())
    }
}

/// A zip entry's reader whose inflated bytes are counted by a [`ZipTally`]; a limit hit ends
/// the read with an error and leaves the diagnostic in the tally.
pub(crate) struct Tallied<'t, 'a, R> {
    inner: R,
    tally: &'t mut ZipTally<'a>,
    name: String,
    compressed: u64,
    inflated: u64,
}

impl<'t, 'a, R> Tallied<'t, 'a, R> {
    /// Counts what `inner` (the entry `name`, `compressed` bytes stored) inflates.
    pub(crate) fn new(inner: R, tally: &'t mut ZipTally<'a>, name: &str, compressed: u64) -> Self {
        Tallied {
            inner,
            tally,
            name: name.to_string(),
            compressed,
            inflated: 0,
        }
    }
}

impl<R: std::io::Read> std::io::Read for Tallied<'_, '_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.inflated += n as u64;
        if let Err(d) = self
            .tally
            .count(&self.name, self.compressed, self.inflated, n as u64)
        {
            self.tally.error = Some(d);
            return Err(std::io::Error::other("a limit was hit"));
        }
        Ok(n)
    }
}

/// Inflates every entry of a zip once, counting bytes as they stream, and stops at the first
/// limit hit: too many entries, too many bytes in total, or a compression ratio that only a
/// zip bomb reaches. Returns the entry names when the archive is within the limits.
pub fn check_zip(file: &str, bytes: &[u8], limits: &Limits) -> Result<Vec<String>, Diagnostic> {
    let mut archive = open_zip(file, bytes, limits)?;
    let mut names = Vec::with_capacity(archive.len());
    let mut tally = ZipTally::new(file, limits);
    let mut buf = vec![0u8; 64 * 1024];
    let mut inflater = Decompress::new(false);
    for i in 0..archive.len() {
        // The entry's bytes as stored, inflated here without zip's CRC-32, which the reader
        // that follows checks: inflating every entry once more already makes this check about
        // a tenth of reading an XLSX, and the CRC added 3 % more in wasm.
        let entry = archive
            .by_index_raw(i)
            .map_err(|_| super::errors::damaged_zip(file))?;
        let name = entry.name().to_string();
        let method = entry.compression();
        let stored = entry
            .data_start()
            .and_then(|start| bytes.get(usize::try_from(start).ok()?..))
            .and_then(|rest| rest.get(..usize::try_from(entry.compressed_size()).ok()?))
            .ok_or_else(|| super::errors::damaged_zip(file))?;
        drop(entry);
        let compressed = stored.len() as u64;
        let mut inflated: u64 = 0;
        let mut count = |n: u64| {
            inflated += n;
            tally.count(&name, compressed, inflated, n)
        };
        match method {
            CompressionMethod::Stored => count(stored.len() as u64)?,
            CompressionMethod::Deflated => {
                if !inflate(stored, &mut inflater, &mut buf, &mut count)? {
                    return Err(super::errors::damaged_zip(file));
                }
            }
            _ => return Err(super::errors::damaged_zip(file)),
        }
        names.push(name);
    }
    Ok(names)
}

/// Inflates a raw deflate stream into `buf` over and over, telling `count` each part's length.
/// False when the stream is damaged or ends early; an error from `count` stops it.
fn inflate(
    mut input: &[u8],
    inflater: &mut Decompress,
    buf: &mut [u8],
    count: &mut impl FnMut(u64) -> Result<(), Diagnostic>,
) -> Result<bool, Diagnostic> {
    inflater.reset(false);
    loop {
        let (read, written) = (inflater.total_in(), inflater.total_out());
        let Ok(status) = inflater.decompress(input, buf, FlushDecompress::None) else {
            return Ok(false);
        };
        let read = (inflater.total_in() - read) as usize;
        let written = inflater.total_out() - written;
        input = &input[read.min(input.len())..];
        count(written)?;
        match status {
            Status::StreamEnd => return Ok(true),
            _ if read == 0 && written == 0 => return Ok(false),
            _ => {}
        }
    }
}
