//! Readers: the bytes of a file (or pasted text) in, [`Parsed`] out.
//!
//! One entry point, [`read`], sniffs the format from the bytes (never trusting the file name
//! alone) and hands the bytes to the reader for it. Every reader returns records plus
//! diagnostics; `Err` is kept for input that cannot be used at all.

pub(crate) mod document;
pub mod ofd;
pub mod pdf;
pub mod qr;
pub mod qr_image;
pub mod values;
pub mod xml;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Place, Severity};
use crate::model::{FieldName, InputInfo, Invoice};
use crate::text::Text;

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
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Reads one file (or pasted text, as UTF-8 bytes) into invoice records.
///
/// `name` is the file name as the user gave it; it appears in every diagnostic.
#[allow(clippy::result_large_err)] // called once per file: boxing the error would not pay
pub fn read(name: &str, bytes: &[u8], options: &ReadOptions) -> Result<Parsed, Diagnostic> {
    let _ = options;
    if bytes.is_empty() {
        return Err(Diagnostic {
            id: "read.empty".into(),
            severity: Severity::Error,
            place: Place::file(name),
            message: Text::new(
                format!("文件“{name}”是空的（0 字节）。"),
                format!("The file “{name}” is empty (0 bytes)."),
            ),
            action: Text::new(
                "请重新导出或重新保存该文件后再加载。",
                "Export or save the file again, then load it.",
            ),
        });
    }
    if pdf::looks_like_pdf(bytes) {
        return pdf::read(name, bytes);
    }
    if qr_image::looks_like_image(bytes) {
        return qr_image::read(name, bytes);
    }
    if ofd::looks_like_ofd(bytes) {
        return ofd::read(name, bytes);
    }
    if xml::looks_like_invoice(bytes) {
        return xml::read(name, bytes);
    }
    if bytes.len() <= qr::MAX_PAYLOAD && qr::looks_like_payload(&String::from_utf8_lossy(bytes)) {
        return qr::read(name, bytes);
    }
    Err(Diagnostic {
        id: "read.unsupported".into(),
        severity: Severity::Error,
        place: Place::file(name),
        message: Text::new(
            format!("无法识别文件“{name}”的格式。"),
            format!("The format of “{name}” is not recognised."),
        ),
        action: Text::new(
            "请加载 CSV、XLSX、XLS、ODS、XML 或 OFD 文件。",
            "Load a CSV, XLSX, XLS, ODS, XML or OFD file.",
        ),
    })
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
    fn empty_input_is_a_clear_error() {
        let err = read("ledger.csv", b"", &ReadOptions::default()).unwrap_err();
        assert_eq!(err.id, "read.empty");
        assert!(err.message.zh.contains("ledger.csv"));
    }
}
