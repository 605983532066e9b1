//! The workbook reader: every sheet listed, the sheet of invoices chosen by its headers, and
//! the lines of a per-line sheet (信息汇总表) attached to the invoices of 发票基础信息.

use crate::diag::{Diagnostic, Place, Severity};
use crate::model::InputInfo;
use crate::parse::header::{find_header, map_headers, Mapping};
use crate::parse::limits::Limits;
use crate::parse::records::{invoice_key, lines_by_invoice, note, read_table, TableRead};
use crate::parse::sheet::{read_book, BookKind, OpenError};
use crate::parse::table::Table;
use crate::parse::{errors, Parsed, ReadOptions};
use crate::progress::Progress;

/// Fills the input facts from a table read and builds the result.
pub(crate) fn finish(
    mut info: InputInfo,
    read: TableRead,
    mut diagnostics: Vec<Diagnostic>,
) -> Parsed {
    info.header_row = read.header_row;
    info.header_cells = read.header_cells;
    info.rows = read.rows;
    for (field, (col, header)) in read.mapping.field_columns() {
        info.columns.insert(field, col);
        info.headers.insert(field, header);
    }
    diagnostics.extend(read.diagnostics);
    Parsed {
        info,
        invoices: read.invoices,
        diagnostics,
    }
}

/// Invoice numbers listed by name in one diagnostic; the rest are counted.
const LISTED: usize = 20;

/// How a sheet looks from its header row.
struct SheetShape {
    score: usize,
    mapping: Mapping,
}

fn shape_of(table: &Table, options: &ReadOptions) -> Option<SheetShape> {
    let (i, score) = find_header(table)?;
    Some(SheetShape {
        score,
        mapping: map_headers(&table.rows[i].cells().collect::<Vec<_>>(), &options.map),
    })
}

/// Reads a workbook of `kind`.
pub(crate) fn read(
    mut info: InputInfo,
    bytes: &[u8],
    kind: BookKind,
    options: &ReadOptions,
    limits: &Limits,
    progress: Progress<'_>,
) -> Result<Parsed, Diagnostic> {
    let book = match read_book(&info.name, bytes, kind, limits)? {
        Ok(book) => book,
        Err(OpenError::Password) => return Err(errors::password(&info.name)),
        Err(OpenError::Damaged(detail)) => {
            return Err(errors::damaged_workbook(&info.name, &detail))
        }
    };
    info.format = match kind {
        BookKind::Xlsx => "xlsx",
        BookKind::Xls => "xls",
        BookKind::Ods => "ods",
    }
    .into();
    info.sheets = book.sheets.clone();
    let shapes: Vec<Option<SheetShape>> =
        book.tables.iter().map(|t| shape_of(t, options)).collect();
    let best = |per_line: bool| {
        shapes
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|s| (i, s)))
            .filter(|(_, s)| s.mapping.has_number() && s.mapping.is_per_line() == per_line)
            .max_by_key(|(i, s)| (s.score, std::cmp::Reverse(*i)))
            .map(|(i, _)| i)
    };
    let chosen = match &options.sheet {
        Some(name) => book
            .sheets
            .iter()
            .position(|s| s == name)
            .ok_or_else(|| errors::sheet_not_found(&info.name, name, &book.sheets))?,
        None => best(false)
            .or_else(|| best(true))
            .or_else(|| book.tables.iter().position(|t| !t.rows.is_empty()))
            .unwrap_or(0),
    };
    let mut diagnostics = Vec::new();
    let Some(table) = book.tables.get(chosen) else {
        diagnostics.push(no_sheets(&info.name));
        return Ok(Parsed {
            info,
            invoices: Vec::new(),
            diagnostics,
        });
    };
    info.sheet = table.sheet.clone();
    let sheet_name = book.sheets[chosen].clone();
    if book.sheets.len() > 1 {
        diagnostics.push(note(
            "read.sheet_chosen",
            Severity::Info,
            Place {
                sheet: Some(sheet_name.as_str().into()),
                ..Place::file(info.name.as_str())
            },
            (
                format!(
                    "工作簿有 {} 个工作表（{}），读取了“{sheet_name}”。",
                    book.sheets.len(),
                    book.sheets.join("、")
                ),
                format!(
                    "The workbook has {} sheets ({}); “{sheet_name}” was read.",
                    book.sheets.len(),
                    book.sheets.join(", ")
                ),
            ),
            (
                "如需读取其他工作表，请指定（--sheet 名称）。",
                "To read another sheet, name it (--sheet NAME).",
            ),
        ));
    }
    let mut read = read_table(&info.name, table, options, progress);
    if !read.mapping.is_per_line() {
        let line_sheet = best(true).filter(|&i| i != chosen);
        if let Some(i) = line_sheet {
            attach_lines(
                &info.name,
                &book.tables[i],
                &mut read,
                options,
                &mut diagnostics,
            );
        }
    }
    Ok(finish(info, read, diagnostics))
}

/// Attaches the lines of a per-line sheet to the invoices read, matched by code and number.
fn attach_lines(
    file: &str,
    lines_table: &Table,
    read: &mut TableRead,
    options: &ReadOptions,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let sheet = lines_table.sheet.clone().unwrap_or_default();
    let mut lines = lines_by_invoice(read_table(
        file,
        lines_table,
        options,
        &mut crate::progress::ignore,
    ));
    let mut attached = 0usize;
    let mut line_count = 0usize;
    for invoice in &mut read.invoices {
        if let Some(found) = invoice_key(invoice).and_then(|k| lines.remove(&k)) {
            attached += 1;
            line_count += found.len();
            invoice.lines = found;
        }
    }
    let place = Place {
        sheet: Some(sheet.as_str().into()),
        ..Place::file(file)
    };
    diagnostics.push(note(
        "read.lines_attached",
        Severity::Info,
        place.clone(),
        (
            format!("已从工作表“{sheet}”为 {attached} 张发票附上 {line_count} 行明细。"),
            format!(
                "{line_count} lines from the sheet “{sheet}” were attached to {attached} invoices."
            ),
        ),
        ("无需处理。", "Nothing to do."),
    ));
    if !lines.is_empty() {
        let mut orphans: Vec<String> = lines.into_keys().map(|(_, n)| n).collect();
        orphans.sort();
        let count = orphans.len();
        if count > LISTED {
            orphans.truncate(LISTED);
            orphans.push("…".into());
        }
        diagnostics.push(note(
            "read.lines_unmatched",
            Severity::Warning,
            place,
            (
                format!("工作表“{sheet}”中有 {count} 张发票的明细在发票列表中找不到：{}。", orphans.join("、")),
                format!("The sheet “{sheet}” has lines of {count} invoices missing from the invoice list: {}.", orphans.join(", ")),
            ),
            (
                "请确认两个工作表来自同一次导出。",
                "Check that both sheets come from the same export.",
            ),
        ));
    }
}

fn no_sheets(file: &str) -> Diagnostic {
    note(
        "read.no_sheets",
        Severity::Error,
        Place::file(file),
        (
            "工作簿中没有工作表。".to_string(),
            "The workbook has no sheets.".to_string(),
        ),
        ("请检查导出的文件。", "Check the exported file."),
    )
}
