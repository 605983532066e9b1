//! What every subcommand shares: loading a file through the core, `--map`, error printing.

use std::path::Path;

use fapiao_core::diag::{Diagnostic, Place};
use fapiao_core::model::FieldName;
use fapiao_core::parse::{self, Parsed, ReadOptions};

/// Exit code for unusable input or a usage error.
pub const EXIT_UNUSABLE: u8 = 2;

/// Prints a diagnostic for a person on standard error, Chinese first.
pub fn print_error(d: &Diagnostic) {
    eprintln!("错误 / error [{}]: {}", d.id, d.message.zh);
    eprintln!("  {}", d.message.en);
    eprintln!("  处理 / action: {}", d.action.zh);
    eprintln!("  {}", d.action.en);
    let place = place_label(&d.place, true);
    if !place.is_empty() {
        eprintln!("  位置 / where: {place}");
    }
}

/// Where a diagnostic points, as `file, sheet, row 3, col B` (the file only when asked for).
pub fn place_label(place: &Place, with_file: bool) -> String {
    let mut parts = Vec::new();
    if with_file && !place.file.is_empty() {
        parts.push(place.file.to_string());
    }
    parts.extend(place.sheet.as_deref().map(str::to_string));
    parts.extend(place.row.map(|r| format!("row {r}")));
    parts.extend(place.column.as_ref().map(|c| format!("col {c}")));
    parts.join(", ")
}

/// Reads `path`: its name as the user knows it (no directory) and its bytes. Errors are printed.
pub fn read_file(path: &Path) -> Result<(String, Vec<u8>), ()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    match std::fs::read(path) {
        Ok(b) => Ok((name, b)),
        Err(e) => {
            eprintln!(
                "错误 / error: 无法读取文件 {} / cannot read {}: {e}",
                path.display(),
                path.display()
            );
            Err(())
        }
    }
}

/// Reads `path` and hands its bytes to the core. Errors are already printed; the caller exits 2.
pub fn load(path: &Path, options: &ReadOptions) -> Result<Parsed, ()> {
    let (name, bytes) = read_file(path)?;
    parse::read_owned(&name, bytes, options).map_err(|d| print_error(&d))
}

/// Writes `text` to standard output; a closed pipe (`| head`) is not an error worth a panic.
pub fn print_out(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Parses `--map field=header` pairs into read options.
pub fn parse_map(pairs: &[String], options: &mut ReadOptions) -> Result<(), String> {
    for pair in pairs {
        let (field, header) = pair.split_once('=').ok_or_else(|| {
            format!("--map 需要 字段=表头 / --map wants field=header, got “{pair}”")
        })?;
        let field = FieldName::from_id(field.trim()).ok_or_else(|| {
            let known: Vec<&str> = FieldName::ALL.iter().map(|f| f.id()).collect();
            format!(
                "未知字段 / unknown field “{field}”; known: {}",
                known.join(", ")
            )
        })?;
        options.map.insert(field, header.trim().to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_pairs_parse() {
        let mut o = ReadOptions::default();
        parse_map(&["invoice_number=票号".into()], &mut o).unwrap();
        assert_eq!(
            o.map.get(&FieldName::InvoiceNumber).map(String::as_str),
            Some("票号")
        );
        assert!(parse_map(&["nonsense".into()], &mut o).is_err());
        assert!(parse_map(&["no_field=x".into()], &mut o).is_err());
    }
}
