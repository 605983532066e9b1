//! The normalised invoice record every reader produces and every later stage consumes.
//!
//! Each field keeps the raw text it was read from and the column it came from, so a finding or
//! an exception can always point the user at the exact cell. Money is [`Decimal`], identifiers
//! are strings: never floats, never integers.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use std::sync::Arc;

use crate::diag::Place;
pub use crate::shared::{Name, Raw};

/// A value read from one cell (or XML element), with its raw text. Where it was read from is
/// the record's ([`Invoice::column`], [`LineItem::column`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The parsed value; `None` when the raw text could not be parsed (rules report why).
    pub value: Option<T>,
    /// The text exactly as found (a number cell rendered as the spreadsheet shows it),
    /// sharing the text of the row it was read from.
    pub raw: Raw,
}

impl<T> Field<T> {
    /// A field whose raw text parsed to `value`.
    pub fn parsed(value: T, raw: impl Into<Raw>) -> Self {
        Field {
            value: Some(value),
            raw: raw.into(),
        }
    }

    /// A field whose raw text could not be parsed.
    pub fn unparsed(raw: impl Into<Raw>) -> Self {
        Field {
            value: None,
            raw: raw.into(),
        }
    }

    /// The parsed value, if any.
    pub fn get(&self) -> Option<&T> {
        self.value.as_ref()
    }
}

/// Where each field of a record was read from: column letters (`D`) for tables, an element
/// path or QR field name for documents; indexed by the field ([`FieldName`] for an invoice,
/// [`LineField`] for a line).
///
/// One pointer, shared: the records of a table read from the same columns hold one list, so a
/// million records hold their column letters once rather than in each of their fields.
#[derive(Debug, Clone, Default)]
pub struct Columns(Option<Arc<Vec<Option<Name>>>>);

/// Equal when every field has the same column (however long each list is).
impl PartialEq for Columns {
    fn eq(&self, other: &Self) -> bool {
        let len = |c: &Columns| c.0.as_ref().map_or(0, |l| l.len());
        (0..len(self).max(len(other))).all(|i| self.at(i) == other.at(i))
    }
}

impl Eq for Columns {}

/// A field of a record, as an index into its [`Columns`].
pub trait Slot: Copy + Ord + Serialize + for<'de> Deserialize<'de> + 'static {
    /// Every field, in index order.
    const ALL: &'static [Self];
    /// The field's index.
    fn slot(self) -> usize;
}

impl Slot for FieldName {
    const ALL: &'static [Self] = &FieldName::ALL;
    fn slot(self) -> usize {
        self as usize
    }
}

impl Slot for LineField {
    const ALL: &'static [Self] = &[
        LineField::Name,
        LineField::TaxCode,
        LineField::Quantity,
        LineField::UnitPrice,
        LineField::Amount,
        LineField::Rate,
        LineField::Tax,
    ];
    fn slot(self) -> usize {
        self as usize
    }
}

/// [`Columns`] in JSON: field id → column (`{"invoice_number": "A"}`), for `#[serde(with)]`.
mod columns_by_name {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Columns, Name, Slot};

    pub fn serialize<K: Slot, S: Serializer>(c: &Columns, s: S) -> Result<S::Ok, S::Error> {
        let map: BTreeMap<K, &str> = K::ALL
            .iter()
            .filter_map(|&k| Some((k, c.get(k)?)))
            .collect();
        map.serialize(s)
    }

    pub fn deserialize<'de, K: Slot, D: Deserializer<'de>>(d: D) -> Result<Columns, D::Error> {
        let map = BTreeMap::<K, String>::deserialize(d)?;
        let mut c = Columns::default();
        for (k, v) in map {
            c.set(k, Some(Name::from(v)));
        }
        Ok(c)
    }
}

impl Columns {
    fn at(&self, slot: usize) -> Option<&Name> {
        self.0.as_ref()?.get(slot)?.as_ref()
    }

    /// The column of `field`.
    pub fn get(&self, field: impl Slot) -> Option<&str> {
        self.at(field.slot()).map(|n| &**n)
    }

    /// Sets the column of `field` (copying a list shared with other records).
    pub fn set(&mut self, field: impl Slot, column: Option<Name>) {
        let slot = field.slot();
        let list = Arc::make_mut(self.0.get_or_insert_with(Default::default));
        if list.len() <= slot {
            list.resize(slot + 1, None);
        }
        list[slot] = column;
    }

    /// For readers building a record: notes where `found` was read and hands the field on.
    pub fn keep<T>(
        &mut self,
        field: impl Slot,
        found: Option<(Field<T>, Name)>,
    ) -> Option<Field<T>> {
        let (value, column) = found?;
        self.set(field, Some(column));
        Some(value)
    }

    /// True when no field has a column.
    pub fn is_empty(&self) -> bool {
        self.0
            .as_ref()
            .is_none_or(|l| l.iter().all(Option::is_none))
    }
}

/// The names of the record's fields, as used in column mappings, findings and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldName {
    /// 发票代码 (10 or 12 digits; absent on 数电 invoices).
    InvoiceCode,
    /// 发票号码 (8 digits, or 20 digits for 数电).
    InvoiceNumber,
    /// 开票日期.
    IssueDate,
    /// 销方名称.
    SellerName,
    /// 销方纳税人识别号.
    SellerTaxId,
    /// 购方名称.
    BuyerName,
    /// 购方纳税人识别号.
    BuyerTaxId,
    /// 金额 (excluding tax).
    Amount,
    /// 税额.
    Tax,
    /// 价税合计 (including tax).
    Total,
    /// 价税合计(大写).
    TotalInWords,
    /// 税率 / 征收率.
    TaxRate,
    /// 发票状态.
    Status,
    /// 是否正数发票 (是/否).
    Positive,
    /// 发票票种.
    InvoiceKind,
    /// 校验码.
    CheckCode,
    /// 备注.
    Remark,
    /// 税收分类编码 (line level).
    TaxCode,
    /// 序号 (row counter the user keeps).
    Serial,
}

impl FieldName {
    /// Every field, in report order.
    pub const ALL: [FieldName; 19] = [
        FieldName::InvoiceCode,
        FieldName::InvoiceNumber,
        FieldName::IssueDate,
        FieldName::SellerName,
        FieldName::SellerTaxId,
        FieldName::BuyerName,
        FieldName::BuyerTaxId,
        FieldName::Amount,
        FieldName::Tax,
        FieldName::Total,
        FieldName::TotalInWords,
        FieldName::TaxRate,
        FieldName::Status,
        FieldName::Positive,
        FieldName::InvoiceKind,
        FieldName::CheckCode,
        FieldName::Remark,
        FieldName::TaxCode,
        FieldName::Serial,
    ];

    /// The snake_case id used in JSON and `--map` (`invoice_number`).
    pub fn id(self) -> &'static str {
        match self {
            FieldName::InvoiceCode => "invoice_code",
            FieldName::InvoiceNumber => "invoice_number",
            FieldName::IssueDate => "issue_date",
            FieldName::SellerName => "seller_name",
            FieldName::SellerTaxId => "seller_tax_id",
            FieldName::BuyerName => "buyer_name",
            FieldName::BuyerTaxId => "buyer_tax_id",
            FieldName::Amount => "amount",
            FieldName::Tax => "tax",
            FieldName::Total => "total",
            FieldName::TotalInWords => "total_in_words",
            FieldName::TaxRate => "tax_rate",
            FieldName::Status => "status",
            FieldName::Positive => "positive",
            FieldName::InvoiceKind => "invoice_kind",
            FieldName::CheckCode => "check_code",
            FieldName::Remark => "remark",
            FieldName::TaxCode => "tax_code",
            FieldName::Serial => "serial",
        }
    }

    /// Parses a snake_case id back.
    pub fn from_id(id: &str) -> Option<FieldName> {
        FieldName::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The field's name as a Chinese user knows it, and in English.
    pub fn label(self) -> crate::text::Text {
        use crate::text::Text;
        let (zh, en) = match self {
            FieldName::InvoiceCode => ("发票代码", "Invoice code"),
            FieldName::InvoiceNumber => ("发票号码", "Invoice number"),
            FieldName::IssueDate => ("开票日期", "Issue date"),
            FieldName::SellerName => ("销方名称", "Seller name"),
            FieldName::SellerTaxId => ("销方税号", "Seller tax ID"),
            FieldName::BuyerName => ("购方名称", "Buyer name"),
            FieldName::BuyerTaxId => ("购方税号", "Buyer tax ID"),
            FieldName::Amount => ("金额", "Amount excl. tax"),
            FieldName::Tax => ("税额", "Tax"),
            FieldName::Total => ("价税合计", "Total incl. tax"),
            FieldName::TotalInWords => ("价税合计(大写)", "Total in words"),
            FieldName::TaxRate => ("税率", "Tax rate"),
            FieldName::Status => ("发票状态", "Status"),
            FieldName::Positive => ("是否正数发票", "Positive invoice"),
            FieldName::InvoiceKind => ("发票票种", "Invoice type"),
            FieldName::CheckCode => ("校验码", "Check code"),
            FieldName::Remark => ("备注", "Remark"),
            FieldName::TaxCode => ("税收分类编码", "Tax classification code"),
            FieldName::Serial => ("序号", "Serial"),
        };
        Text::new(zh, en)
    }
}

/// A tax rate as printed: a percentage, or one of the words that stand for no rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxRate {
    /// A percentage as a fraction (13% = 0.13).
    Rate(Decimal),
    /// 免税 (tax exempt).
    Exempt,
    /// 不征税 (not taxable).
    NotTaxable,
}

/// What the source says about the invoice's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 正常.
    Normal,
    /// 作废 / 已作废.
    Voided,
    /// 已红冲 / 已红冲-全额 / 全额红冲 / 红冲.
    Reversed,
    /// 已红冲-部分 / 部分红冲.
    PartlyReversed,
    /// 红字: a red (negative) invoice, or 是否正数发票 = 否.
    Red,
    /// 失控 / 异常 and other states the platform flags.
    Abnormal,
}

/// The kind of invoice, as decoded from a QR type code, an invoice code, or the export's 票种.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    /// 数电专票: 电子发票(增值税专用发票), QR type 31.
    DigitalSpecial,
    /// 数电普票: 电子发票(普通发票), QR type 32.
    DigitalOrdinary,
    /// 增值税专用发票 (paper), QR type 01.
    Special,
    /// 增值税电子专用发票, QR type 08.
    ElectronicSpecial,
    /// 增值税普通发票 (paper), QR type 04.
    Ordinary,
    /// 增值税电子普通发票, QR type 10.
    ElectronicOrdinary,
    /// 卷票, QR type 11.
    Roll,
    /// 通行费电子普票, QR type 14.
    Toll,
    /// 机动车销售统一发票, QR type 03.
    MotorVehicle,
    /// 二手车销售统一发票, QR type 15.
    UsedVehicle,
    /// 货运专票 (obsolete), QR type 02.
    Freight,
    /// Anything else the source names; see the raw text.
    Other,
}

/// The fields of a [`LineItem`], to name their columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineField {
    /// 货物或应税劳务名称.
    Name,
    /// 税收分类编码.
    TaxCode,
    /// 数量.
    Quantity,
    /// 单价.
    UnitPrice,
    /// 金额.
    Amount,
    /// 税率.
    Rate,
    /// 税额.
    Tax,
}

/// One line of an invoice (货物或应税劳务), where the source has lines.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LineItem {
    /// Where the line came from (a row of 信息汇总表, an XML element).
    pub place: Place,
    /// Where each field came from ([`LineItem::column`]).
    #[serde(
        default,
        skip_serializing_if = "Columns::is_empty",
        serialize_with = "columns_by_name::serialize::<LineField, _>",
        deserialize_with = "columns_by_name::deserialize::<LineField, _>"
    )]
    pub columns: Columns,
    /// 货物或应税劳务名称.
    pub name: Option<Field<Raw>>,
    /// 税收分类编码 (19 digits).
    pub tax_code: Option<Field<Raw>>,
    /// 数量.
    pub quantity: Option<Field<Decimal>>,
    /// 单价.
    pub unit_price: Option<Field<Decimal>>,
    /// 金额 (excluding tax).
    pub amount: Option<Field<Decimal>>,
    /// 税率.
    pub rate: Option<Field<TaxRate>>,
    /// 税额.
    pub tax: Option<Field<Decimal>>,
}

impl LineItem {
    /// The column (letters or element path) the field came from.
    pub fn column(&self, field: LineField) -> Option<&str> {
        self.columns.get(field)
    }
}

/// Where a record came from: the file, sheet and first row (or document part).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Origin {
    /// File, sheet and the first row of the record; `column` names the document part
    /// (`OFD.xml CustomData`, `Doc_0/Attachs/original_invoice.xml`) for documents.
    pub place: Place,
    /// The rows grouped into this record after `place.row` (the further lines of a per-line
    /// export), as the sheet shows them; empty for a record read from one row (no allocation
    /// for the million records of a large table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_rows: Vec<u32>,
}

impl Origin {
    /// Every row of the record: `place.row`, then the further rows.
    pub fn rows(&self) -> impl Iterator<Item = u32> + '_ {
        self.place
            .row
            .into_iter()
            .chain(self.more_rows.iter().copied())
    }
}

/// One invoice, normalised, with the provenance of every field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Invoice {
    /// Where it came from.
    pub origin: Origin,
    /// Where each field came from ([`Invoice::column`]).
    #[serde(
        default,
        skip_serializing_if = "Columns::is_empty",
        serialize_with = "columns_by_name::serialize::<FieldName, _>",
        deserialize_with = "columns_by_name::deserialize::<FieldName, _>"
    )]
    pub columns: Columns,
    /// 发票代码.
    pub code: Option<Field<Raw>>,
    /// 发票号码: digits only after normalisation; damaged forms keep `value: None`.
    pub number: Option<Field<Raw>>,
    /// 开票日期 (date part).
    pub issue_date: Option<Field<NaiveDate>>,
    /// 销方名称.
    pub seller_name: Option<Field<Raw>>,
    /// 销方纳税人识别号 (upper-cased, spaces removed).
    pub seller_tax_id: Option<Field<Raw>>,
    /// 购方名称.
    pub buyer_name: Option<Field<Raw>>,
    /// 购方纳税人识别号.
    pub buyer_tax_id: Option<Field<Raw>>,
    /// 金额 (excluding tax).
    pub amount: Option<Field<Decimal>>,
    /// 税额.
    pub tax: Option<Field<Decimal>>,
    /// 价税合计.
    pub total: Option<Field<Decimal>>,
    /// 价税合计(大写).
    pub total_in_words: Option<Field<Raw>>,
    /// The invoice-level rate where the source gives one; per-line rates are on `lines`.
    pub rate: Option<Field<TaxRate>>,
    /// 发票状态, combined with 是否正数发票.
    pub status: Option<Field<Status>>,
    /// The kind of invoice.
    pub kind: Option<Field<InvoiceKind>>,
    /// 校验码 (20 digits, spaces removed).
    pub check_code: Option<Field<Raw>>,
    /// 备注.
    pub remark: Option<Field<Raw>>,
    /// Line items, where the source has them.
    pub lines: Vec<LineItem>,
}

impl Invoice {
    /// The field named `name`, as text: its raw text, or `None` when the record lacks it.
    pub fn raw(&self, name: FieldName) -> Option<&str> {
        fn r<T>(f: &Option<Field<T>>) -> Option<&str> {
            f.as_ref().map(|f| &*f.raw)
        }
        match name {
            FieldName::InvoiceCode => r(&self.code),
            FieldName::InvoiceNumber => r(&self.number),
            FieldName::IssueDate => r(&self.issue_date),
            FieldName::SellerName => r(&self.seller_name),
            FieldName::SellerTaxId => r(&self.seller_tax_id),
            FieldName::BuyerName => r(&self.buyer_name),
            FieldName::BuyerTaxId => r(&self.buyer_tax_id),
            FieldName::Amount => r(&self.amount),
            FieldName::Tax => r(&self.tax),
            FieldName::Total => r(&self.total),
            FieldName::TotalInWords => r(&self.total_in_words),
            FieldName::TaxRate => r(&self.rate),
            FieldName::Status => r(&self.status),
            FieldName::InvoiceKind => r(&self.kind),
            FieldName::CheckCode => r(&self.check_code),
            FieldName::Remark => r(&self.remark),
            FieldName::Positive | FieldName::TaxCode | FieldName::Serial => None,
        }
    }

    /// The column (letters or element path) the field came from.
    pub fn column(&self, name: FieldName) -> Option<&str> {
        self.columns.get(name)
    }

    /// The place of one field: the record's file, sheet and row, with the field's column.
    pub fn place_of(&self, name: FieldName) -> Place {
        Place {
            column: self.column(name).map(Name::from),
            ..self.origin.place.clone()
        }
    }
}

/// Facts about one input file, for fingerprints and the "how was this read" view.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InputInfo {
    /// File name as given.
    pub name: String,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// `csv`, `xlsx`, `xls`, `ods`, `xml`, `ofd`, `qr`, `paste`, `image`, `pdf`.
    pub format: String,
    /// Detected or chosen text encoding (`utf-8`, `gb18030`, `utf-16le`), for text inputs.
    pub encoding: Option<String>,
    /// Detected or chosen delimiter, for text inputs.
    pub delimiter: Option<char>,
    /// Every sheet in a workbook.
    pub sheets: Vec<String>,
    /// The sheet the records were read from.
    pub sheet: Option<String>,
    /// The header row as the spreadsheet shows it (1-based).
    pub header_row: Option<u32>,
    /// The header row's cells in column order (A, B, …), for choosing a mapping by hand.
    pub header_cells: Vec<String>,
    /// Data rows read (after skipping blank and totals rows; lines of one invoice count each).
    pub rows: u32,
    /// Field → column letters.
    pub columns: std::collections::BTreeMap<FieldName, String>,
    /// Field → header text as the file shows it.
    pub headers: std::collections::BTreeMap<FieldName, String>,
    /// Which part of a document the values came from (`OFD.xml CustomData`).
    pub source_part: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_round_trip() {
        for f in FieldName::ALL {
            assert_eq!(FieldName::from_id(f.id()), Some(f));
            assert!(!f.label().zh.is_empty() && !f.label().en.is_empty());
        }
        assert_eq!(FieldName::from_id("no_such_field"), None);
    }

    #[test]
    fn place_of_names_the_column() {
        let mut inv = Invoice {
            origin: Origin {
                place: Place {
                    file: "ledger.csv".into(),
                    sheet: None,
                    row: Some(14),
                    column: None,
                },
                more_rows: Vec::new(),
            },
            seller_tax_id: Some(Field::parsed("91110105X".into(), "91110105x")),
            ..Invoice::default()
        };
        inv.columns.set(FieldName::SellerTaxId, Some("D".into()));
        // Columns travel by field id in JSON (the worker's messages, `inspect --format json`).
        let json = serde_json::to_value(&inv).unwrap();
        assert_eq!(json["columns"], serde_json::json!({"seller_tax_id": "D"}));
        assert_eq!(serde_json::from_value::<Invoice>(json).unwrap(), inv);
        // A list built for a table (every field, some blank) equals its JSON form (fields found).
        let mut padded = inv.clone();
        padded.columns.set(FieldName::Remark, None);
        assert_eq!(padded, inv);
        let mut line = LineItem::default();
        line.columns.set(LineField::Tax, Some("G".into()));
        let json = serde_json::to_value(&line).unwrap();
        assert_eq!(json["columns"], serde_json::json!({"tax": "G"}));
        assert_eq!(
            serde_json::from_value::<LineItem>(json)
                .unwrap()
                .column(LineField::Tax),
            Some("G")
        );
        let p = inv.place_of(FieldName::SellerTaxId);
        assert_eq!(p.row, Some(14));
        assert_eq!(p.column.as_deref(), Some("D"));
        assert_eq!(inv.raw(FieldName::SellerTaxId), Some("91110105x"));
        assert_eq!(inv.raw(FieldName::Total), None);
    }
}
