//! The text reader: encoding, delimiter, then the same table reading as workbooks.

use std::borrow::Cow;

use crate::diag::{Diagnostic, Place, Severity};
use crate::model::InputInfo;
use crate::parse::decode::{decode, looks_binary};
use crate::parse::delimited::{check_line_lengths, detect_delimiter, read_rows};
use crate::parse::limits::Limits;
use crate::parse::records::{note, read_table};
use crate::parse::{errors, workbook::finish, Parsed, ReadOptions};
use crate::progress::Progress;

/// Reads delimited text (CSV, TSV, `;`, `|`, pasted cells) in any of the usual encodings.
pub(crate) fn read(
    mut info: InputInfo,
    data: Cow<'_, [u8]>,
    options: &ReadOptions,
    limits: &Limits,
    progress: Progress<'_>,
) -> Result<Parsed, Diagnostic> {
    let bytes = &*data;
    check_line_lengths(&info.name, bytes, limits)?;
    let decoded = decode(bytes, options.encoding.as_deref())
        .map_err(|label| errors::encoding_unknown(&info.name, &label))?;
    // A forced encoding is the user's call (its cost is read.encoding_replaced below).
    if options.encoding.is_none() && looks_binary(&decoded.text) {
        return Err(errors::unsupported(&info.name));
    }
    let mut diagnostics = Vec::new();
    if decoded.replaced {
        diagnostics.push(note(
            "read.encoding_replaced",
            Severity::Warning,
            Place::file(info.name.as_str()),
            (
                format!(
                    "按 {} 编码读取时，有些字节无法识别，已替换为 �。",
                    decoded.encoding
                ),
                format!(
                    "Some bytes are not valid {} and were replaced with �.",
                    decoded.encoding
                ),
            ),
            (
                "如果文字显示为乱码，请指定正确的编码（如 --encoding gbk）。",
                "If the text looks garbled, name the right encoding (like --encoding gbk).",
            ),
        ));
    }
    let delimiter = options
        .delimiter
        .unwrap_or_else(|| detect_delimiter(&decoded.text));
    let table = read_rows(&info.name, &decoded.text, delimiter, limits)?;
    // The rows hold their own copy of the text: free the decoded text (and the bytes, when
    // they are ours) before the records grow.
    let encoding = decoded.encoding;
    drop(decoded.text);
    drop(data);
    let read = read_table(&info.name, &table, options, progress);
    let has_extension = info
        .name
        .rsplit_once('.')
        .is_some_and(|(_, e)| e.len() <= 4);
    info.format = if read.header_row.is_none() || !has_extension {
        "paste".into()
    } else {
        "csv".into()
    };
    info.encoding = Some(encoding);
    info.delimiter = Some(delimiter);
    Ok(finish(info, read, diagnostics))
}
