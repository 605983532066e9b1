//! A check of an ODS file before `calamine` parses it.
//!
//! OpenDocument compresses repetition into attributes: an 800-byte `content.xml` can say "this
//! row of 90 values, a million times", and calamine expands it into a range of 90 million cells
//! (several GB). The XML is scanned once here and the cells calamine would create are counted
//! the way it counts them (empty cells after the last value of a row are not created).

use std::io::{Cursor, Read};

use crate::diag::Diagnostic;
use crate::parse::errors::damaged_zip;
use crate::parse::limits::{exceeded, Limits};

/// Refuses the file when its sheets would expand to more cells than `limits.cells`.
pub(crate) fn check(file: &str, bytes: &[u8], limits: &Limits) -> Result<(), Diagnostic> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| damaged_zip(file))?;
    let mut xml = Vec::new();
    archive
        .by_name("content.xml")
        .map_err(|_| damaged_zip(file))?
        .take(limits.zip_total_bytes)
        .read_to_end(&mut xml)
        .map_err(|_| damaged_zip(file))?;
    if expanded_cells(&xml) > limits.cells {
        return Err(exceeded(
            file,
            "展开重复的行列后单元格过多",
            "too many cells once repeated rows and columns are expanded",
            limits.cells,
        ));
    }
    Ok(())
}

/// Cells after expanding `number-rows-repeated` and `number-columns-repeated`.
fn expanded_cells(xml: &[u8]) -> u64 {
    let mut total = 0u64;
    let (mut row_repeat, mut width, mut pending_empty) = (1u64, 0u64, 0u64);
    let mut rest = xml;
    while let Some(start) = rest.iter().position(|&b| b == b'<') {
        rest = &rest[start + 1..];
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        let name_len = tag
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(tag.len());
        let self_closing = tag.ends_with(b"/");
        match &tag[..name_len] {
            b"table:table-row" => {
                row_repeat = repeat(tag, b"table:number-rows-repeated=");
                (width, pending_empty) = (0, 0);
                if self_closing {
                    row_repeat = 1;
                }
            }
            b"table:table-cell" | b"table:covered-table-cell" => {
                let n = repeat(tag, b"table:number-columns-repeated=");
                let has_value = contains(tag, b"office:value-type");
                if self_closing && !has_value {
                    pending_empty = pending_empty.saturating_add(n);
                } else {
                    width = width.saturating_add(pending_empty).saturating_add(n);
                    pending_empty = 0;
                }
            }
            _ if tag.starts_with(b"/table:table-row") => {
                total = total.saturating_add(row_repeat.saturating_mul(width));
                (row_repeat, width, pending_empty) = (1, 0, 0);
            }
            _ => {}
        }
        rest = &rest[end.min(rest.len())..];
    }
    total
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The number in `attr="N"` inside a tag; 1 when absent or unreadable.
fn repeat(tag: &[u8], attr: &[u8]) -> u64 {
    let Some(at) = tag.windows(attr.len()).position(|w| w == attr) else {
        return 1;
    };
    let digits: Vec<u8> = tag[at + attr.len()..]
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    std::str::from_utf8(&digits)
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cells_as_calamine_expands_them() {
        let row =
            |attrs: &str, cells: &str| format!("<table:table-row{attrs}>{cells}</table:table-row>");
        let value = r#"<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>"#;
        let xml = row(
            r#" table:number-rows-repeated="1000000""#,
            r#"<table:table-cell office:value-type="float" table:number-columns-repeated="90"><text:p>1</text:p></table:table-cell>"#,
        );
        assert_eq!(expanded_cells(xml.as_bytes()), 90_000_000);
        // Empty cells after the last value, and empty rows, are not created.
        let trailing =
            format!(r#"{value}<table:table-cell table:number-columns-repeated="1023"/>"#);
        let xml = row("", &trailing)
            + &row(
                r#" table:number-rows-repeated="1048575""#,
                r#"<table:table-cell table:number-columns-repeated="1024"/>"#,
            );
        assert_eq!(expanded_cells(xml.as_bytes()), 1);
        let gap = format!(r#"{value}<table:table-cell table:number-columns-repeated="3"/>{value}"#);
        assert_eq!(expanded_cells(row("", &gap).as_bytes()), 5);
    }
}
