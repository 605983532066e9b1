//! Readers: the bytes of a file (or pasted text) in, [`Parsed`] out.
//!
//! One entry point, [`read`], sniffs the format from the bytes (never trusting the file name
//! alone) and hands the bytes to the reader for it. Every reader returns records plus
//! diagnostics; `Err` is kept for input that cannot be used at all.
//!
//! Modules: [`values`] (one cell's text to a value), [`limits`] (protection against hostile
//! files); inside, `sniff` (format from bytes), `decode` and `delimited` (text), `sheet`
//! (workbooks via calamine), `header` and `shape` (column mapping), `records` (rows to
//! invoices), `text` and `workbook` (the two table readers), `errors` (unusable input).

// The error of every reader is a `Diagnostic` (a person reads it); it happens once per file,
// so its size does not matter.
#![allow(clippy::result_large_err)]

mod decode;
mod delimited;
pub(crate) mod document;
mod errors;
mod header;
pub mod limits;
mod ods_guard;
pub mod ofd;
#[cfg(feature = "qr-image")]
pub mod pdf;
#[cfg(feature = "qr-image")]
mod pdf_fields;
#[cfg(feature = "qr-image")]
mod pdf_syntax;
#[cfg(feature = "qr-image")]
mod pdf_text;
pub mod qr;
#[cfg(feature = "qr-image")]
pub mod qr_image;
mod records;
mod shape;
mod sheet;
mod sniff;
mod table;
mod text;
pub mod values;
mod workbook;
mod xls_guard;
mod xlsx;
mod xlsx_cells;
pub mod xml;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use limits::Limits;
#[doc(hidden)]
pub use sheet::xlsx_readers_agree;

use crate::diag::Diagnostic;
use crate::model::{FieldName, InputInfo, Invoice};
use crate::progress::Progress;
use sheet::BookKind;
use sniff::Sniffed;

/// What the user may override about how a file is read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadOptions {
    /// Text encoding to use instead of the detected one (`utf-8`, `gb18030`, `gbk`, `utf-16le`, `utf-16be`).
    pub encoding: Option<String>,
    /// Delimiter to use instead of the detected one.
    pub delimiter: Option<char>,
    /// Sheet to read instead of the one chosen by header match.
    pub sheet: Option<String>,
    /// Field → header text (or column letters) that override the automatic mapping.
    pub map: BTreeMap<FieldName, String>,
    /// The file's SHA-256 (lower-case hex) when the caller has it already (the worker, reading
    /// a kept file again with another mapping). Anything but 64 hex digits is ignored and the
    /// bytes are hashed here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Leave the fingerprint (`InputInfo::sha256`) empty, not hashing here: the caller fills it
    /// in itself (the app's worker, from the page's digest, computed while the worker reads).
    /// Ignored when `sha256` holds a digest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sha256_later: bool,
}

/// One input, read: facts about the file, the invoices in it, and what the reader noticed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parsed {
    /// Name, fingerprint, format, encoding, sheet, header row, mapping.
    pub info: InputInfo,
    /// The invoices read, in file order.
    pub invoices: Vec<Invoice>,
    /// Reading notes: skipped rows, chosen sheet, ambiguous headers, unreadable cells.
    pub diagnostics: Vec<Diagnostic>,
}

/// SHA-256 of `bytes` as lower-case hex: the fingerprint shown on cards and printed reports.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// Whether `text` is a SHA-256 as [`sha256_hex`] writes it: 64 lower-case hex digits.
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The fingerprint of `bytes`: the caller's digest when it is one ([`ReadOptions::sha256`]),
/// empty when the caller fills it in later ([`ReadOptions::sha256_later`]), else computed.
fn fingerprint(bytes: &[u8], options: &ReadOptions) -> String {
    match &options.sha256 {
        Some(d) if is_sha256_hex(d) => d.clone(),
        _ if options.sha256_later => String::new(),
        _ => sha256_hex(bytes),
    }
}

/// Reads one file (or pasted text, as UTF-8 bytes) into invoice records, within
/// [`Limits::DEFAULT`].
///
/// `name` is the file name as the user gave it; it appears in every diagnostic.
pub fn read(name: &str, bytes: &[u8], options: &ReadOptions) -> Result<Parsed, Diagnostic> {
    read_reporting(name, bytes, options, &mut crate::progress::ignore)
}

/// [`read`], telling `progress` how many of a table's rows have become records.
pub fn read_reporting(
    name: &str,
    bytes: &[u8],
    options: &ReadOptions,
    progress: Progress<'_>,
) -> Result<Parsed, Diagnostic> {
    read_inner(
        name,
        Cow::Borrowed(bytes),
        options,
        &Limits::DEFAULT,
        progress,
    )
}

/// [`read`], taking the bytes: a text file's bytes are freed once its rows are read, before
/// its records are built (a 275 MB export is not held while a million records grow).
pub fn read_owned(name: &str, bytes: Vec<u8>, options: &ReadOptions) -> Result<Parsed, Diagnostic> {
    read_inner(
        name,
        Cow::Owned(bytes),
        options,
        &Limits::DEFAULT,
        &mut crate::progress::ignore,
    )
}

/// What the bytes were found to be, after looking inside zips and OLE2 files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML workbook.
    Xlsx,
    /// Excel 97–2003 workbook.
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
    /// OFD document (a zip with `OFD.xml`).
    Ofd,
    /// Invoice XML (`EInvoice`, `eInvoice`).
    InvoiceXml,
    /// QR payload text.
    QrPayload,
    /// A PDF document.
    Pdf,
    /// A PNG or JPEG picture (a photo or screenshot of a QR code).
    Image,
    /// An HTML page or MHT web archive.
    Html,
    /// An Excel 2003 XML spreadsheet.
    SpreadsheetXml,
    /// A password-protected (encrypted) Office file.
    Encrypted,
    /// A zip that is none of the above (a Word file, an archive of files).
    OtherZip,
    /// Delimited text.
    Text,
}

/// Tells the format from the bytes; zips are inflated once within `limits` to see their entries.
pub fn detect(name: &str, bytes: &[u8], limits: &Limits) -> Result<Format, Diagnostic> {
    if sniff::looks_like_image(bytes) {
        return Ok(Format::Image);
    }
    Ok(match sniff::sniff(bytes) {
        Sniffed::Zip => {
            let entries = limits::zip_names(name, bytes, limits)?;
            let has = |n: &str| entries.iter().any(|e| e.eq_ignore_ascii_case(n));
            let format = if has("OFD.xml") {
                Format::Ofd
            } else if has("xl/workbook.xml") {
                Format::Xlsx
            } else if has("content.xml") && has("mimetype") {
                Format::Ods
            } else {
                Format::OtherZip
            };
            // An XLSX is counted as it is read (the direct reader inflates each part once;
            // calamine, when it reads instead, after the same check).
            if format != Format::Xlsx {
                limits::check_zip(name, bytes, limits)?;
            }
            format
        }
        Sniffed::Ole2 if sniff::ole2_is_encrypted(bytes) => Format::Encrypted,
        Sniffed::Ole2 => Format::Xls,
        Sniffed::Pdf => Format::Pdf,
        Sniffed::Html => Format::Html,
        Sniffed::SpreadsheetXml => Format::SpreadsheetXml,
        Sniffed::InvoiceXml => Format::InvoiceXml,
        Sniffed::QrPayload => Format::QrPayload,
        Sniffed::Text => Format::Text,
    })
}

/// [`read`] with other limits (tighter for a small device, or to test them).
pub fn read_with_limits(
    name: &str,
    bytes: &[u8],
    options: &ReadOptions,
    limits: &Limits,
) -> Result<Parsed, Diagnostic> {
    read_inner(
        name,
        Cow::Borrowed(bytes),
        options,
        limits,
        &mut crate::progress::ignore,
    )
}

fn read_inner(
    name: &str,
    data: Cow<'_, [u8]>,
    options: &ReadOptions,
    limits: &Limits,
    progress: Progress<'_>,
) -> Result<Parsed, Diagnostic> {
    let bytes = &*data;
    if bytes.is_empty() {
        return Err(errors::empty(name));
    }
    let info = InputInfo {
        name: name.to_string(),
        sha256: fingerprint(bytes, options),
        size: bytes.len() as u64,
        ..InputInfo::default()
    };
    // One arm per format; the document readers (xml, ofd, qr, pdf, image) plug in here.
    match detect(name, bytes, limits)? {
        Format::Xlsx => workbook::read(info, bytes, BookKind::Xlsx, options, limits, progress),
        Format::Xls => workbook::read(info, bytes, BookKind::Xls, options, limits, progress),
        Format::Ods => workbook::read(info, bytes, BookKind::Ods, options, limits, progress),
        Format::Text => text::read(info, data, options, limits, progress),
        Format::Encrypted => Err(errors::password(name)),
        Format::Html => Err(errors::html_as_xls(name)),
        Format::SpreadsheetXml => Err(errors::spreadsheet_xml(name)),
        // A PDF with no invoice: a renamed ledger is told so (`read.pdf`, see `pdf::read`).
        #[cfg(feature = "qr-image")]
        Format::Pdf => pdf::read(name, bytes),
        #[cfg(feature = "qr-image")]
        Format::Image => qr_image::read(name, bytes),
        #[cfg(not(feature = "qr-image"))]
        Format::Pdf | Format::Image => Err(errors::no_pictures(name)),
        Format::OtherZip => Err(errors::unsupported(name)),
        Format::Ofd => ofd::read(name, bytes),
        Format::InvoiceXml => xml::read(name, bytes),
        Format::QrPayload => qr::read(name, bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_is_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_given_digest_is_used_only_when_well_formed() {
        let csv = "发票号码,金额\n24112000000012345678,100.00\n".as_bytes();
        let own = sha256_hex(csv);
        let given = |d: &str| {
            let options = ReadOptions {
                sha256: Some(d.into()),
                ..ReadOptions::default()
            };
            read("l.csv", csv, &options).unwrap().info.sha256
        };
        let other = "0".repeat(64);
        assert_eq!(given(&other), other);
        // Upper case, short, or not hex: hashed here instead.
        assert_eq!(given(&own.to_uppercase()), own);
        assert_eq!(given(&own[..63]), own);
        assert_eq!(given(&format!("{}g", &own[..63])), own);
    }

    #[test]
    fn a_fingerprint_filled_in_later_is_left_empty_unless_given() {
        let csv = "发票号码,金额\n24112000000012345678,100.00\n".as_bytes();
        let later = |sha256: Option<String>| {
            let options = ReadOptions {
                sha256,
                sha256_later: true,
                ..ReadOptions::default()
            };
            read("l.csv", csv, &options).unwrap().info.sha256
        };
        assert_eq!(later(None), "");
        assert_eq!(later(Some("x".into())), "");
        assert_eq!(later(Some(sha256_hex(b"a"))), sha256_hex(b"a"));
    }

    #[test]
    fn empty_input_is_a_clear_error() {
        let err = read("ledger.csv", b"", &ReadOptions::default()).unwrap_err();
        assert_eq!(err.id, "read.empty");
        assert!(err.message.zh.contains("ledger.csv"));
    }
}
