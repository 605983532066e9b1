//! Telling formats apart from their first bytes, never from the file name alone.

/// What the bytes of a file look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A zip archive: XLSX, ODS or OFD (told apart by its entries).
    Zip,
    /// An OLE2 compound file: XLS, or a password-protected workbook.
    Ole2,
    /// A PDF document.
    Pdf,
    /// An HTML page or an MHT web archive (often saved by a web system with an `.xls` name).
    Html,
    /// An Excel 2003 XML spreadsheet (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`).
    SpreadsheetXml,
    /// An XML document: a 数电 `EInvoice` or an older `eInvoice`.
    InvoiceXml,
    /// A QR payload (`01,32,,2411…`), one or more lines.
    QrPayload,
    /// Anything else: delimited text (CSV, TSV, pasted cells).
    Text,
}

const OLE2_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether the bytes start like a PNG or a JPEG.
pub fn looks_like_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(b"\xff\xd8\xff")
}

/// Looks at the first bytes of `bytes` and says what kind of file it is.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    if bytes.starts_with(&OLE2_MAGIC) {
        return Sniffed::Ole2;
    }
    let head = &bytes[..bytes.len().min(1024)];
    // Markup saved as UTF-16 ("Unicode" in Windows tools) is sniffed on its decoded start.
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(head) {
        if encoding != encoding_rs::UTF_8 {
            let (text, _, _) = encoding.decode(head);
            return match sniff(text.as_bytes()) {
                Sniffed::InvoiceXml => Sniffed::InvoiceXml,
                Sniffed::SpreadsheetXml => Sniffed::SpreadsheetXml,
                Sniffed::Html => Sniffed::Html,
                _ => Sniffed::Text,
            };
        }
    }
    let body = strip_bom_and_space(head);
    if body.starts_with(b"%PDF-") || head.windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    let lower: Vec<u8> = body.iter().take(512).map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if lower.starts_with(b"<") && has(b"urn:schemas-microsoft-com:office:spreadsheet") {
        return Sniffed::SpreadsheetXml;
    }
    if lower.starts_with(b"<") && (has(b"<html") || has(b"<!doctype html") || has(b"<table"))
        || lower.starts_with(b"mime-version:")
    {
        return Sniffed::Html;
    }
    // An XML declaration or a DTD says XML, even when a long DTD hides the root element; the
    // XML reader then refuses the DTD or says the document is not an invoice.
    if lower.starts_with(b"<?xml")
        || lower.starts_with(b"<!doctype")
        || lower.starts_with(b"<!entity")
    {
        return Sniffed::InvoiceXml;
    }
    if lower.starts_with(b"<") && (has(b"einvoice")) {
        return Sniffed::InvoiceXml;
    }
    if is_qr_payload(body) {
        return Sniffed::QrPayload;
    }
    Sniffed::Text
}

fn strip_bom_and_space(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    &b[start..]
}

/// True when every non-blank line looks like `01,<2 digits>,…` with 7 or more commas.
fn is_qr_payload(body: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(body) else {
        return false;
    };
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let looks = |l: &str| {
        let b = l.as_bytes();
        b.len() > 6
            && b.starts_with(b"01,")
            && b[3].is_ascii_digit()
            && b[4].is_ascii_digit()
            && b[5] == b','
            && l.matches(',').count() >= 7
    };
    looks(first) && lines.all(looks)
}

/// True when an OLE2 file is an encrypted (password-protected) Office document: its directory
/// names the `EncryptedPackage` stream (written in UTF-16LE).
pub fn ole2_is_encrypted(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_bytes() {
        assert_eq!(sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(sniff(&OLE2_MAGIC), Sniffed::Ole2);
        assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Pdf);
        assert_eq!(sniff(b"\xEF\xBB\xBF<html><body><table>"), Sniffed::Html);
        assert_eq!(
            sniff(b"MIME-Version: 1.0\r\nContent-Type: multipart/related"),
            Sniffed::Html
        );
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"),
            Sniffed::SpreadsheetXml
        );
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<EInvoice>"),
            Sniffed::InvoiceXml
        );
        assert_eq!(
            sniff(b"01,32,,24112000000012345678,1130.00,20241105,,74AE\n"),
            Sniffed::QrPayload
        );
        assert_eq!(sniff("发票号码,金额\n1,2\n".as_bytes()), Sniffed::Text);
        let dtd = format!(
            "<?xml version=\"1.0\"?><!DOCTYPE a [{}]><EInvoice/>",
            " ".repeat(600)
        );
        assert_eq!(sniff(dtd.as_bytes()), Sniffed::InvoiceXml);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><rss/>"), Sniffed::InvoiceXml);
        assert_eq!(sniff(b"01,02\n"), Sniffed::Text);
    }
}
