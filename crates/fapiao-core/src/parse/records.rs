//! From a table to invoice records: header, mapping, one record per row (or per invoice for
//! per-line exports), with a diagnostic for every row skipped and every cell not understood.

use std::borrow::Cow;
use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::diag::{column_letters, Diagnostic, Place, Severity};
use crate::model::{
    Columns, Field, FieldName, FieldName as F, Invoice, InvoiceKind, LineField, LineItem, Name,
    Origin, Raw, Status,
};
use crate::parse::header::{find_header, find_named_header, map_headers, normalise, Key, Mapping};
use crate::parse::shape::map_by_shape;
use crate::parse::table::{Row, Table};
use crate::parse::values::{self, is_blank, is_masked};
use crate::parse::ReadOptions;
use crate::progress::{every, Progress};
use crate::text::Text;

/// Most "cell not understood" diagnostics per table; a summary counts the rest.
const MAX_CELL_DIAGNOSTICS: usize = 100;

/// What reading one table gave.
#[derive(Debug, Default)]
pub struct TableRead {
    /// How columns were mapped.
    pub mapping: Mapping,
    /// The header row as the sheet shows it; `None` when columns were mapped by value shape.
    pub header_row: Option<u32>,
    /// The header row's cells, in column order (empty when mapped by value shape).
    pub header_cells: Vec<String>,
    /// Records, in the order their first row appears.
    pub invoices: Vec<Invoice>,
    /// Data rows read (each line of a per-line export counts).
    pub rows: u32,
    /// Reading notes.
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds a diagnostic from its parts.
pub(crate) fn note(
    id: &str,
    severity: Severity,
    place: Place,
    message: (String, String),
    action: (&str, &str),
) -> Diagnostic {
    Diagnostic {
        id: id.into(),
        severity,
        place,
        message: Text::new(message.0, message.1),
        action: Text::new(action.0, action.1),
    }
}

/// How many keys there are: every field, then the extra columns.
const SLOTS: usize = FieldName::ALL.len() + 5;

/// A key's index in [`Ctx::columns`].
fn slot(key: Key) -> usize {
    let extra = FieldName::ALL.len();
    match key {
        Key::Field(f) => f as usize,
        Key::DigitalNumber => extra,
        Key::ItemName => extra + 1,
        Key::Quantity => extra + 2,
        Key::UnitPrice => extra + 3,
        Key::AmountOrTotal => extra + 4,
    }
}

/// The words a word column held and what they read as: status and kind columns repeat a
/// handful of words, so most rows take a known answer instead of matching words again.
struct KnownWords<T> {
    known: Vec<(String, Option<T>)>,
}

impl<T> Default for KnownWords<T> {
    fn default() -> Self {
        KnownWords { known: Vec::new() }
    }
}

impl<T: Copy> KnownWords<T> {
    /// Words remembered per column; a column of free text stops being remembered past them.
    const MAX: usize = 16;

    fn read(&mut self, raw: &str, read: impl FnOnce(&str) -> Option<T>) -> Option<T> {
        if let Some((_, value)) = self.known.iter().find(|(k, _)| k == raw) {
            return *value;
        }
        let value = read(raw);
        if self.known.len() < Self::MAX {
            self.known.push((raw.to_string(), value));
        }
        value
    }
}

/// The word columns' known answers.
#[derive(Default)]
struct Words {
    status: KnownWords<Status>,
    positive: KnownWords<bool>,
    kind: KnownWords<InvoiceKind>,
}

struct Ctx<'a> {
    /// File and sheet names, shared by every record's place.
    file: Name,
    sheet: Option<Name>,
    mapping: &'a Mapping,
    /// Column and its letters by [`slot`] of the key, worked out once per table rather than
    /// per cell.
    columns: Vec<Option<(usize, Name)>>,
    /// The records' column lists, by [`Ctx::record_columns`]'s variant: built once, shared.
    record_columns: [Option<Columns>; 4],
    line_columns: Option<Columns>,
    diagnostics: Vec<Diagnostic>,
    unreadable: usize,
    words: Words,
}

impl Ctx<'_> {
    fn place(&self, row: Option<u32>, col: Option<usize>) -> Place {
        Place {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row,
            column: col.map(|c| column_letters(c).into()),
        }
    }

    /// The non-blank cell of `key` in `row`, and its column.
    fn cell<'r>(&self, row: &'r Row, key: Key) -> Option<(&'r str, usize)> {
        let (col, _) = self.columns.get(slot(key))?.as_ref()?;
        let raw = row.cell(*col);
        (!is_blank(raw)).then_some((raw, *col))
    }

    /// The letters of `key`'s column.
    fn letters(&self, key: Key) -> Option<Name> {
        self.columns
            .get(slot(key))?
            .as_ref()
            .map(|(_, l)| l.clone())
    }

    /// The column list of a record whose number is in 数电发票号码 (`digital`) or 发票号码, and
    /// whose status is read from 发票状态 or, when that is blank, 是否正数发票.
    fn record_columns(&mut self, digital: bool, status_from_positive: bool) -> Columns {
        let variant = usize::from(digital) | usize::from(status_from_positive) << 1;
        if let Some(columns) = &self.record_columns[variant] {
            return columns.clone();
        }
        let mut columns = Columns::default();
        for f in FieldName::ALL {
            let key = match f {
                F::Positive | F::TaxCode | F::Serial => continue,
                F::InvoiceNumber if digital => Key::DigitalNumber,
                F::Status if status_from_positive => Key::Field(F::Positive),
                _ => Key::Field(f),
            };
            if let Some(letters) = self.letters(key) {
                columns.set(f, Some(letters));
            }
        }
        self.record_columns[variant] = Some(columns.clone());
        columns
    }

    /// The column list of a line, built once.
    fn line_columns(&mut self) -> Columns {
        if let Some(columns) = &self.line_columns {
            return columns.clone();
        }
        let mut columns = Columns::default();
        for (field, key) in [
            (LineField::Name, Key::ItemName),
            (LineField::TaxCode, Key::Field(F::TaxCode)),
            (LineField::Quantity, Key::Quantity),
            (LineField::UnitPrice, Key::UnitPrice),
            (LineField::Amount, Key::Field(F::Amount)),
            (LineField::Rate, Key::Field(F::TaxRate)),
            (LineField::Tax, Key::Field(F::Tax)),
        ] {
            columns.set(field, self.letters(key));
        }
        self.line_columns = Some(columns.clone());
        columns
    }

    /// A field read with `read`; a non-blank cell that `read` cannot understand is reported
    /// when `report` is set (money, dates, rates; identifiers are left to the rules).
    fn field<T>(
        &mut self,
        row: &Row,
        key: Key,
        read: impl FnOnce(&str) -> Option<T>,
        report: bool,
    ) -> Option<Field<T>> {
        let (raw, col) = self.cell(row, key)?;
        let f = Field {
            value: read(raw),
            raw: row.raw(col),
        };
        if report && f.value.is_none() && !is_masked(raw) {
            self.unreadable(row.number, col, key, raw);
        }
        Some(f)
    }

    /// A text field (identifier, name) normalised by `read`; the value shares the row's text
    /// when normalising changed nothing but the spaces around it.
    fn text(
        &mut self,
        row: &Row,
        key: Key,
        read: impl for<'s> FnOnce(&'s str) -> Option<Cow<'s, str>>,
    ) -> Option<Field<Raw>> {
        let (_, col) = self.cell(row, key)?;
        let raw = row.raw(col);
        Some(Field {
            value: read(&raw).map(|v| raw.part(v)),
            raw,
        })
    }

    fn unreadable(&mut self, row: u32, col: usize, key: Key, raw: &str) {
        self.unreadable += 1;
        if self.unreadable > MAX_CELL_DIAGNOSTICS {
            return;
        }
        let header = self.mapping.headers.get(&key).cloned().unwrap_or_default();
        self.diagnostics.push(note(
            "read.value_unreadable",
            Severity::Warning,
            self.place(Some(row), Some(col)),
            (
                format!("第 {row} 行“{header}”列的值“{raw}”无法识别，按空值处理。"),
                format!("Row {row}, column “{header}”: the value “{raw}” is not understood and is treated as missing."),
            ),
            (
                "请检查该单元格：金额写作 1130.00，日期写作 2024-11-05，税率写作 13%。",
                "Check the cell: write amounts as 1130.00, dates as 2024-11-05, rates as 13%.",
            ),
        ));
    }

    fn invoice(&mut self, row: &Row) -> Invoice {
        let digital = self.cell(row, Key::DigitalNumber).is_some();
        let number_key = if digital {
            Key::DigitalNumber
        } else {
            Key::Field(F::InvoiceNumber)
        };
        let status_from_positive = self.cell(row, Key::Field(F::Status)).is_none();
        Invoice {
            origin: Origin {
                place: self.place(Some(row.number), None),
                more_rows: Vec::new(),
            },
            columns: self.record_columns(digital, status_from_positive),
            number: self.text(row, number_key, values::digits_in),
            code: self.text(row, Key::Field(F::InvoiceCode), values::digits_in),
            issue_date: self.field(row, Key::Field(F::IssueDate), values::date, true),
            seller_name: self.text(row, Key::Field(F::SellerName), values::text_in),
            seller_tax_id: self.text(row, Key::Field(F::SellerTaxId), values::tax_id_in),
            buyer_name: self.text(row, Key::Field(F::BuyerName), values::text_in),
            buyer_tax_id: self.text(row, Key::Field(F::BuyerTaxId), values::tax_id_in),
            amount: self.field(row, Key::Field(F::Amount), values::money, true),
            tax: self.field(row, Key::Field(F::Tax), values::money, true),
            total: self.field(row, Key::Field(F::Total), values::money, true),
            total_in_words: self.text(row, Key::Field(F::TotalInWords), values::text_in),
            rate: self.field(row, Key::Field(F::TaxRate), values::tax_rate, true),
            status: self.status(row),
            kind: {
                let mut kind = std::mem::take(&mut self.words.kind);
                let read = |raw: &str| kind.read(raw, values::invoice_kind);
                let field = self.field(row, Key::Field(F::InvoiceKind), read, false);
                self.words.kind = kind;
                field
            },
            check_code: self.text(row, Key::Field(F::CheckCode), values::digits_in),
            remark: self.text(row, Key::Field(F::Remark), values::text_in),
            lines: Vec::new(),
        }
    }

    /// 发票状态 combined with 是否正数发票; a red invoice with no status column is `Red`.
    fn status(&mut self, row: &Row) -> Option<Field<Status>> {
        let positive = self.cell(row, Key::Field(F::Positive));
        let words = &mut self.words;
        let is_positive = positive
            .as_ref()
            .and_then(|p| words.positive.read(p.0, values::positive));
        let (value, (_, col)) = match self.cell(row, Key::Field(F::Status)) {
            Some(status) => (
                values::combine_status(
                    self.words.status.read(status.0, values::status),
                    is_positive,
                ),
                status,
            ),
            None => (Some(values::combine_status(None, is_positive)?), positive?),
        };
        Some(Field {
            value,
            raw: row.raw(col),
        })
    }

    fn line(&mut self, row: &Row) -> LineItem {
        LineItem {
            place: self.place(Some(row.number), None),
            columns: self.line_columns(),
            name: self.text(row, Key::ItemName, values::text_in),
            tax_code: self.text(row, Key::Field(F::TaxCode), values::digits_in),
            quantity: self.field(row, Key::Quantity, values::money, true),
            unit_price: self.field(row, Key::UnitPrice, values::money, true),
            amount: self.field(row, Key::Field(F::Amount), values::money, true),
            rate: self.field(row, Key::Field(F::TaxRate), values::tax_rate, true),
            tax: self.field(row, Key::Field(F::Tax), values::money, true),
        }
    }

    fn is_totals(&self, row: &Row) -> bool {
        let numbered = [Key::DigitalNumber, Key::Field(F::InvoiceNumber)]
            .into_iter()
            .any(|k| {
                self.cell(row, k)
                    .and_then(|(r, _)| values::digits_in(r))
                    .is_some()
            });
        // Cheap test first: a totals word is short and says 计, total or sum.
        let candidate = |c: &str| {
            c.len() <= 24
                && (c.contains('计') || {
                    let lower = c.to_ascii_lowercase();
                    lower.contains("total") || lower.contains("sum")
                })
        };
        !numbered
            && row.cells().any(|c| {
                candidate(c)
                    && matches!(
                        normalise(c).as_str(),
                        "合计" | "总计" | "小计" | "本页合计" | "合计金额" | "total" | "sum"
                    )
            })
    }
}

/// Reads one table: finds the header (or maps by value shape), then the records.
pub fn read_table(
    file: &str,
    table: &Table,
    options: &ReadOptions,
    progress: Progress<'_>,
) -> TableRead {
    let mut out = TableRead::default();
    let (data_start, mapping) =
        match find_header(table).or_else(|| find_named_header(table, &options.map)) {
            Some((i, _)) => {
                out.header_row = Some(table.rows[i].number);
                let cells: Vec<&str> = table.rows[i].cells().collect();
                out.header_cells = cells.iter().map(|c| c.trim().to_string()).collect();
                (i + 1, map_headers(&cells, &options.map))
            }
            None => {
                let rows: Vec<&Row> = table.rows.iter().filter(|r| !r.is_blank()).collect();
                (0, map_by_shape(&rows))
            }
        };
    let mut ctx = Ctx {
        file: file.into(),
        sheet: table.sheet.as_deref().map(Name::from),
        mapping: &mapping,
        record_columns: Default::default(),
        line_columns: None,
        columns: {
            let mut columns = vec![None; SLOTS];
            for (&k, &c) in &mapping.columns {
                columns[slot(k)] = Some((c, Name::from(column_letters(c))));
            }
            columns
        },
        diagnostics: Vec::new(),
        unreadable: 0,
        words: Words::default(),
    };
    out.invoices
        .reserve(table.rows.len().saturating_sub(data_start));
    mapping_notes(&mut ctx, out.header_row, table);
    if !mapping.has_number() {
        out.diagnostics = ctx.diagnostics;
        out.mapping = mapping;
        return out;
    }
    let header_width = out
        .header_row
        .and_then(|n| table.rows.iter().find(|r| r.number == n))
        .map(Row::len);
    let per_line = mapping.is_per_line();
    let mut groups: HashMap<(String, String), usize> = HashMap::new();
    let mut line_totals: Vec<Vec<Option<Field<Decimal>>>> = Vec::new();
    let rows = &table.rows[data_start..];
    for (done, row) in rows.iter().enumerate() {
        every(progress, done, rows.len());
        if row.is_blank() {
            continue;
        }
        if ctx.is_totals(row) {
            ctx.diagnostics.push(note(
                "read.totals_skipped",
                Severity::Info,
                ctx.place(Some(row.number), None),
                (
                    format!("第 {} 行是合计行，已跳过。", row.number),
                    format!("Row {} is a totals row and was skipped.", row.number),
                ),
                ("无需处理。", "Nothing to do."),
            ));
            continue;
        }
        if table.from_text {
            ragged(&mut ctx, row, header_width);
        }
        out.rows += 1;
        if !per_line {
            let invoice = ctx.invoice(row);
            out.invoices.push(invoice);
            continue;
        }
        let line = ctx.line(row);
        let total = ctx.field(row, Key::Field(F::Total), values::money, false);
        let key = group_key(&ctx, row);
        match key.as_ref().and_then(|k| groups.get(k).copied()) {
            Some(i) => {
                out.invoices[i].origin.more_rows.push(row.number);
                out.invoices[i].lines.push(line);
                line_totals[i].push(total);
            }
            None => {
                let mut invoice = ctx.invoice(row);
                invoice.lines.push(line);
                if let Some(k) = key {
                    groups.insert(k, out.invoices.len());
                }
                out.invoices.push(invoice);
                line_totals.push(vec![total]);
            }
        }
    }
    every(progress, rows.len(), rows.len());
    for (invoice, totals) in out.invoices.iter_mut().zip(&line_totals) {
        sum_lines(invoice, totals);
    }
    if ctx.unreadable > MAX_CELL_DIAGNOSTICS {
        let more = ctx.unreadable - MAX_CELL_DIAGNOSTICS;
        ctx.diagnostics.push(note(
            "read.value_unreadable",
            Severity::Warning,
            ctx.place(None, None),
            (
                format!("另有 {more} 个单元格无法识别，未逐一列出。"),
                format!("{more} more cells are not understood and are not listed one by one."),
            ),
            ("请检查这些列的格式。", "Check the format of these columns."),
        ));
    }
    if out.rows == 0 {
        ctx.diagnostics.push(note(
            "read.no_rows",
            Severity::Warning,
            ctx.place(out.header_row, None),
            (
                "表头下方没有数据行。".to_string(),
                "There are no data rows below the header.".to_string(),
            ),
            (
                "请确认导出时选择了正确的日期范围，或选择其他工作表。",
                "Check the export's date range, or choose another sheet.",
            ),
        ));
    }
    out.diagnostics = ctx.diagnostics;
    out.mapping = mapping;
    out
}

/// The invoice a line belongs to: (code, number); `None` for a line without a number.
fn group_key(ctx: &Ctx, row: &Row) -> Option<(String, String)> {
    let number = ctx
        .cell(row, Key::DigitalNumber)
        .or_else(|| ctx.cell(row, Key::Field(F::InvoiceNumber)))?;
    let code = ctx
        .cell(row, Key::Field(F::InvoiceCode))
        .map(|(c, _)| values::clean_id(c))
        .unwrap_or_default();
    Some((code, values::clean_id(number.0)))
}

/// Lines of one invoice from a per-line table, keyed like [`group_key`], for attaching to the
/// records of an invoice-level sheet of the same workbook.
pub fn lines_by_invoice(read: TableRead) -> HashMap<(String, String), Vec<LineItem>> {
    let mut out = HashMap::new();
    for invoice in read.invoices {
        let number = invoice.number.map(|f| values::clean_id(&f.raw));
        let code = invoice
            .code
            .map(|f| values::clean_id(&f.raw))
            .unwrap_or_default();
        if let Some(number) = number {
            out.insert((code, number), invoice.lines);
        }
    }
    out
}

/// The key of an invoice-level record, to find its lines in [`lines_by_invoice`].
pub fn invoice_key(invoice: &Invoice) -> Option<(String, String)> {
    let number = values::clean_id(&invoice.number.as_ref()?.raw);
    let code = invoice
        .code
        .as_ref()
        .map(|f| values::clean_id(&f.raw))
        .unwrap_or_default();
    Some((code, number))
}

/// Sets the invoice's amount, tax and total to the sums over its lines (per-line exports repeat
/// the invoice's other fields on every line, but not its money).
///
/// The invoice's rate is the lines' rate when they all share one, and absent otherwise.
fn sum_lines(invoice: &mut Invoice, totals: &[Option<Field<Decimal>>]) {
    if invoice.lines.len() < 2 {
        return;
    }
    let rate = |l: &LineItem| l.rate.as_ref().and_then(|f| f.value);
    let first = invoice.lines.first().and_then(rate);
    if first.is_none() || invoice.lines.iter().any(|l| rate(l) != first) {
        invoice.rate = None;
    }
    invoice.amount = sum(invoice.lines.iter().map(|l| l.amount.as_ref()));
    invoice.tax = sum(invoice.lines.iter().map(|l| l.tax.as_ref()));
    invoice.total = sum(totals.iter().map(Option::as_ref));
}

/// The sum of the fields present: raw text joins each line's raw text with ` + `; the value is
/// `None` when any line's value is.
fn sum<'a>(fields: impl Iterator<Item = Option<&'a Field<Decimal>>>) -> Option<Field<Decimal>> {
    let present: Vec<&Field<Decimal>> = fields.flatten().collect();
    present.first()?;
    let value = present
        .iter()
        .try_fold(Decimal::ZERO, |acc, f| f.value.map(|v| acc + v));
    Some(Field {
        value,
        raw: present
            .iter()
            .map(|f| f.raw.trim())
            .collect::<Vec<_>>()
            .join(" + ")
            .into(),
    })
}

fn ragged(ctx: &mut Ctx, row: &Row, header_width: Option<usize>) {
    let Some(width) = header_width else {
        return;
    };
    if row.len() != width {
        ctx.diagnostics.push(note(
            "read.ragged_row",
            Severity::Warning,
            ctx.place(Some(row.number), None),
            (
                format!(
                    "第 {} 行有 {} 个字段，表头有 {width} 个；各列可能错位。",
                    row.number,
                    row.len()
                ),
                format!(
                    "Line {} has {} fields where the header has {width}; its columns may be shifted.",
                    row.number,
                    row.len()
                ),
            ),
            (
                "请检查该行是否缺少或多出分隔符，或含有未加引号的逗号。",
                "Check the line for a missing or extra delimiter, or an unquoted comma.",
            ),
        ));
    }
}

/// Diagnostics about the mapping: decisions taken, overrides not found, fields missing.
fn mapping_notes(ctx: &mut Ctx, header_row: Option<u32>, table: &Table) {
    let m = ctx.mapping;
    for (id, zh, en) in &m.notes {
        let d = note(
            id,
            Severity::Info,
            ctx.place(header_row, None),
            (zh.clone(), en.clone()),
            (
                "如不正确，请用列映射（--map 字段=表头）指定。",
                "If this is wrong, set the column with a mapping (--map field=header).",
            ),
        );
        ctx.diagnostics.push(d);
    }
    for (field, given) in &m.unknown_overrides {
        let d = note(
            "read.map_unknown",
            Severity::Error,
            ctx.place(header_row, None),
            (
                format!("指定给“{}”的列“{given}”在表头中不存在。", field.label().zh),
                format!(
                    "The column “{given}” given for “{}” is not among the headers.",
                    field.label().en
                ),
            ),
            (
                "请使用表头原文或列字母（如 D）。",
                "Use the header text as it appears, or column letters (like D).",
            ),
        );
        ctx.diagnostics.push(d);
    }
    let found: Vec<String> =
        match header_row.and_then(|n| table.rows.iter().find(|r| r.number == n)) {
            Some(r) => r
                .cells()
                .filter(|c| !is_blank(c))
                .map(|c| c.trim().to_string())
                .collect(),
            None => Vec::new(),
        };
    let mut missing = Vec::new();
    if !m.has_number() {
        missing.push(F::InvoiceNumber);
    }
    if m.col(Key::Field(F::IssueDate)).is_none() {
        missing.push(F::IssueDate);
    }
    if m.col(Key::Field(F::Total)).is_none() && m.col(Key::Field(F::Amount)).is_none() {
        missing.push(F::Total);
    }
    if header_row.is_none() && m.has_number() {
        let list: Vec<String> = m
            .field_columns()
            .into_iter()
            .map(|(f, (col, _))| format!("{col}={}", f.id()))
            .collect();
        ctx.diagnostics.push(note(
            "read.no_header",
            Severity::Warning,
            ctx.place(None, None),
            (
                format!("未找到表头行，已按数值形态推断各列：{}。", list.join(", ")),
                format!("No header row was found; columns were mapped by the shape of their values: {}.", list.join(", ")),
            ),
            (
                "请核对映射；如有误，请加上表头行或用 --map 指定列。",
                "Check the mapping; if it is wrong, add a header row or set columns with --map.",
            ),
        ));
    }
    if missing.is_empty() {
        return;
    }
    let names_zh: Vec<String> = missing.iter().map(|f| f.label().zh).collect();
    let names_en: Vec<String> = missing.iter().map(|f| f.label().en).collect();
    let found_text = if found.is_empty() {
        "（无）".to_string()
    } else {
        found.join("、")
    };
    ctx.diagnostics.push(note(
        "read.header_missing",
        Severity::Error,
        ctx.place(header_row, None),
        (
            format!("找不到这些必需的列：{}。找到的表头：{found_text}。", names_zh.join("、")),
            format!(
                "Required columns not found: {}. Headers found: {}.",
                names_en.join(", "),
                if found.is_empty() { "(none)".to_string() } else { found.join(", ") }
            ),
        ),
        (
            "请用列映射指定这些列（--map invoice_number=表头），或把表头改为“发票号码”“开票日期”“价税合计”。",
            "Map these columns (--map invoice_number=HEADER), or rename the headers to 发票号码, 开票日期, 价税合计.",
        ),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_answer_as_the_reader_does_past_the_limit() {
        let mut words = KnownWords::default();
        let mut reads = 0;
        let mut status = |w: &str| {
            words.read(w, |w| {
                reads += 1;
                values::status(w)
            })
        };
        assert_eq!(status("已作废"), Some(Status::Voided));
        assert_eq!(status("正常"), Some(Status::Normal));
        assert_eq!(status("已作废"), Some(Status::Voided));
        for i in 0..20 {
            assert_eq!(status(&format!("未知{i}")), None);
        }
        assert_eq!(status("已红冲-部分"), Some(Status::PartlyReversed));
        assert_eq!(status("正常"), Some(Status::Normal));
        // Known words are read once; words past the limit every time.
        assert_eq!(reads, 2 + 20 + 1);
    }
}
