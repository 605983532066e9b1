//! Finding the header row below title rows, and mapping header words to fields by synonyms.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use crate::diag::column_letters;
use crate::model::FieldName;
use crate::parse::table::Table;
use crate::parse::values::fold_width;

/// What a column holds: a record field, or one of the extra columns the readers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// A field of the invoice record.
    Field(FieldName),
    /// 数电发票号码: preferred over 发票号码 when filled.
    DigitalNumber,
    /// 货物或应税劳务名称 (per-line exports).
    ItemName,
    /// 数量 (per-line exports).
    Quantity,
    /// 单价 (per-line exports).
    UnitPrice,
    /// 合计金额: amount or total, decided by the other headers.
    AmountOrTotal,
}

use FieldName as F;

/// Header words for each key, compared after [`normalise`].
const SYNONYMS: &[(Key, &[&str])] = &[
    (
        Key::Field(F::InvoiceNumber),
        &[
            "发票号码",
            "全电发票号码",
            "发票号",
            "票号",
            "invoice no",
            "invoice no.",
            "invoice number",
        ],
    ),
    (Key::DigitalNumber, &["数电发票号码", "数电票号码"]),
    (Key::Field(F::InvoiceCode), &["发票代码", "invoice code"]),
    (
        Key::Field(F::SellerName),
        &[
            "销方名称",
            "销售方名称",
            "销货单位",
            "开票方",
            "供应商",
            "销售方纳税人名称",
            "seller",
        ],
    ),
    (
        Key::Field(F::SellerTaxId),
        &[
            "销方识别号",
            "销售方纳税人识别号",
            "销方税号",
            "供应商税号",
            "销售方识别号",
            "销方纳税人识别号",
            "seller tax id",
        ],
    ),
    (
        Key::Field(F::BuyerName),
        &["购方名称", "购买方名称", "buyer"],
    ),
    (
        Key::Field(F::BuyerTaxId),
        &[
            "购方识别号",
            "购买方纳税人识别号",
            "购方税号",
            "购买方识别号",
            "buyer tax id",
        ],
    ),
    (
        Key::Field(F::Amount),
        &["金额", "不含税金额", "合计金额(不含税)", "amount"],
    ),
    (Key::Field(F::Tax), &["税额", "合计税额", "票面税额", "tax"]),
    (
        Key::Field(F::Total),
        &["价税合计", "含税金额", "总金额", "total"],
    ),
    (Key::AmountOrTotal, &["合计金额"]),
    (Key::Field(F::TotalInWords), &["价税合计(大写)"]),
    (
        Key::Field(F::TaxRate),
        &["税率", "征收率", "税率/征收率", "tax rate"],
    ),
    (
        Key::Field(F::IssueDate),
        &["开票日期", "开票时间", "日期", "date"],
    ),
    (Key::Field(F::Status), &["发票状态", "状态", "status"]),
    (Key::Field(F::Positive), &["是否正数发票"]),
    (
        Key::Field(F::InvoiceKind),
        &["发票票种", "票种", "发票类型", "发票种类"],
    ),
    (Key::Field(F::CheckCode), &["校验码"]),
    (Key::Field(F::Remark), &["备注", "remark"]),
    (
        Key::Field(F::TaxCode),
        &["税收分类编码", "商品和服务税收分类编码"],
    ),
    (Key::Field(F::Serial), &["序号", "no."]),
    (
        Key::ItemName,
        &[
            "货物或应税劳务名称",
            "货物或应税劳务、服务名称",
            "项目名称",
            "商品名称",
        ],
    ),
    (Key::Quantity, &["数量"]),
    (Key::UnitPrice, &["单价"]),
];

/// Header text as compared: full-width folded, spaces and a trailing `*` or colon removed,
/// lower-cased.
pub fn normalise(header: &str) -> String {
    let folded: String = fold_width(header)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    folded
        .trim_end_matches(['*', ':', '：'])
        .trim_start_matches('*')
        .to_string()
}

/// The key a header names, if any.
pub fn key_of(header: &str) -> Option<Key> {
    let h = normalise(header);
    if h.is_empty() {
        return None;
    }
    synonym_index().get(&h).copied()
}

/// Normalised synonym → key, built once: a sheet with 16,384 header cells then costs one
/// lookup per cell rather than one normalisation per cell and synonym. The first key in
/// [`SYNONYMS`] that lists a word keeps it.
fn synonym_index() -> &'static HashMap<String, Key> {
    static INDEX: OnceLock<HashMap<String, Key>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        for (key, words) in SYNONYMS {
            for w in *words {
                index.entry(normalise(w)).or_insert(*key);
            }
        }
        index
    })
}

/// Headers searched for in the first rows of a table (title rows above are skipped).
const HEADER_SEARCH_ROWS: usize = 30;

/// The header row: the row among the first non-blank ones naming the most keys (two at least).
/// Returns its index in `table.rows` and how many keys it names.
pub fn find_header(table: &Table) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, row) in table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .take(HEADER_SEARCH_ROWS)
    {
        let mut keys: Vec<Key> = row.cells.iter().filter_map(|c| key_of(c)).collect();
        keys.sort();
        keys.dedup();
        let score = keys.len();
        if score >= 2 && best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best
}

/// The header row when no row names two known keys: the first row (among the first non-blank
/// ones) holding a header the user named in an override, so `--map invoice_number=单号` works on
/// a table whose headers are all unknown. Returns its index and how many overrides it holds.
pub fn find_named_header(
    table: &Table,
    overrides: &BTreeMap<FieldName, String>,
) -> Option<(usize, usize)> {
    let wanted: Vec<String> = overrides.values().map(|g| normalise(g)).collect();
    table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .take(HEADER_SEARCH_ROWS)
        .map(|(i, row)| {
            let cells: Vec<String> = row.cells.iter().map(|c| normalise(c)).collect();
            (i, wanted.iter().filter(|w| cells.contains(w)).count())
        })
        .find(|&(_, named)| named > 0)
}

/// Column choices for one table: key → column index, plus what was decided on the way.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    /// Key → 0-based column.
    pub columns: BTreeMap<Key, usize>,
    /// Key → header text as the file shows it.
    pub headers: BTreeMap<Key, String>,
    /// Notes for the user: (id, zh, en) of decisions worth an info diagnostic.
    pub notes: Vec<(String, String, String)>,
    /// Overrides that named no header and no column: (field, what was given).
    pub unknown_overrides: Vec<(FieldName, String)>,
}

impl Mapping {
    /// The column of `key`, if mapped.
    pub fn col(&self, key: Key) -> Option<usize> {
        self.columns.get(&key).copied()
    }

    /// True when the rows are invoice lines (a per-line export such as 信息汇总表).
    pub fn is_per_line(&self) -> bool {
        self.col(Key::ItemName).is_some()
    }

    /// True when some column holds the invoice number.
    pub fn has_number(&self) -> bool {
        self.col(Key::Field(F::InvoiceNumber)).is_some() || self.col(Key::DigitalNumber).is_some()
    }

    /// Field → (column letters, header text) for [`crate::model::InputInfo`].
    pub fn field_columns(&self) -> BTreeMap<FieldName, (String, String)> {
        let mut out = BTreeMap::new();
        for (key, &col) in &self.columns {
            let field = match key {
                Key::Field(f) => *f,
                // The 数电 number is the primary number column when both exist.
                Key::DigitalNumber => F::InvoiceNumber,
                _ => continue,
            };
            if *key == Key::Field(F::InvoiceNumber) && self.col(Key::DigitalNumber).is_some() {
                continue;
            }
            let header = self.headers.get(key).cloned().unwrap_or_default();
            out.insert(field, (column_letters(col), header));
        }
        out
    }
}

/// Maps the header cells to keys, resolves 合计金额, then applies the user's overrides
/// (header text or column letters).
pub fn map_headers(cells: &[String], overrides: &BTreeMap<FieldName, String>) -> Mapping {
    let mut m = Mapping::default();
    for (i, cell) in cells.iter().enumerate() {
        if let Some(key) = key_of(cell) {
            if let Some(&first) = m.columns.get(&key) {
                m.notes.push((
                    "read.header_duplicate".into(),
                    format!(
                        "表头“{}”出现了两次（{} 列和 {} 列），使用 {} 列。",
                        cell.trim(),
                        column_letters(first),
                        column_letters(i),
                        column_letters(first)
                    ),
                    format!(
                        "The header “{}” appears twice (columns {} and {}); column {} is used.",
                        cell.trim(),
                        column_letters(first),
                        column_letters(i),
                        column_letters(first)
                    ),
                ));
                continue;
            }
            m.columns.insert(key, i);
            m.headers.insert(key, cell.trim().to_string());
        }
    }
    resolve_amount_or_total(&mut m);
    for (&field, given) in overrides {
        let wanted = normalise(given);
        let col = cells
            .iter()
            .position(|c| normalise(c) == wanted)
            .or_else(|| letters_to_index(given.trim()));
        let Some(col) = col else {
            m.unknown_overrides.push((field, given.clone()));
            continue;
        };
        m.columns.retain(|_, c| *c != col);
        m.headers.retain(|k, _| m.columns.contains_key(k));
        let key = Key::Field(field);
        if field == F::InvoiceNumber {
            m.columns.remove(&Key::DigitalNumber);
        }
        m.columns.insert(key, col);
        m.headers.insert(
            key,
            cells
                .get(col)
                .map(|c| c.trim().to_string())
                .unwrap_or_default(),
        );
    }
    m
}

/// 合计金额 is the amount when another column is the total (价税合计), and the total when another
/// column is the amount (金额); with neither, the total (ledgers use it so more often).
fn resolve_amount_or_total(m: &mut Mapping) {
    let Some(col) = m.columns.remove(&Key::AmountOrTotal) else {
        return;
    };
    let header = m.headers.remove(&Key::AmountOrTotal).unwrap_or_default();
    let has_total = m.columns.contains_key(&Key::Field(F::Total));
    let has_amount = m.columns.contains_key(&Key::Field(F::Amount));
    let (field, why_zh, why_en) = if has_total && !has_amount {
        (
            F::Amount,
            "另有“价税合计”列",
            "another column holds the total",
        )
    } else if has_amount && !has_total {
        (F::Total, "另有“金额”列", "another column holds the amount")
    } else if !has_amount {
        (
            F::Total,
            "未见其他金额列",
            "no other money column was found",
        )
    } else {
        return;
    };
    m.columns.insert(Key::Field(field), col);
    m.headers.insert(Key::Field(field), header.clone());
    m.notes.push((
        "read.header_ambiguous".into(),
        format!(
            "“{header}”（{} 列）既可能是金额也可能是价税合计；因为{why_zh}，按“{}”读取。",
            column_letters(col),
            field.label().zh
        ),
        format!(
            "“{header}” (column {}) could be the amount or the total; read as “{}” because {why_en}.",
            column_letters(col),
            field.label().en
        ),
    ));
}

/// `D` → 3, `AB` → 27; `None` unless 1 to 3 ASCII letters.
pub fn letters_to_index(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let n = s.bytes().fold(0usize, |n, b| {
        n * 26 + (b.to_ascii_uppercase() - b'A' + 1) as usize
    });
    Some(n - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(s: &str) -> Vec<String> {
        s.split(',').map(str::to_string).collect()
    }

    #[test]
    fn synonyms_and_decorations() {
        assert_eq!(key_of(" 开票日期* "), Some(Key::Field(F::IssueDate)));
        assert_eq!(key_of("Invoice No"), Some(Key::Field(F::InvoiceNumber)));
        assert_eq!(key_of("合计金额（不含税）"), Some(Key::Field(F::Amount)));
        assert_eq!(key_of("数电票号码"), Some(Key::DigitalNumber));
        assert_eq!(key_of("发票风险等级"), None);
    }

    #[test]
    fn amount_or_total_by_the_other_headers() {
        let m = map_headers(&cells("发票号码,金额,税额,合计金额"), &BTreeMap::new());
        assert_eq!(m.col(Key::Field(F::Total)), Some(3));
        assert_eq!(m.notes[0].0, "read.header_ambiguous");
        let m = map_headers(
            &cells("发票号码,合计金额,合计税额,价税合计"),
            &BTreeMap::new(),
        );
        assert_eq!(m.col(Key::Field(F::Amount)), Some(1));
        assert_eq!(m.col(Key::Field(F::Total)), Some(3));
    }

    #[test]
    fn a_header_named_only_by_overrides_is_found() {
        use crate::parse::table::Row;
        let row = |number: u32, c: &[&str]| Row {
            number,
            cells: c.iter().map(|s| s.to_string()).collect(),
        };
        let table = Table {
            sheet: None,
            rows: vec![
                row(1, &["title"]),
                row(2, &["单号/no", "x"]),
                row(3, &["1", "2"]),
            ],
            from_text: true,
        };
        let mut o = BTreeMap::new();
        assert_eq!(find_named_header(&table, &o), None);
        o.insert(F::InvoiceNumber, "单号/no".to_string());
        assert_eq!(find_named_header(&table, &o), Some((1, 1)));
    }

    #[test]
    fn overrides_by_header_or_letters() {
        let mut o = BTreeMap::new();
        o.insert(F::InvoiceNumber, "单据号".to_string());
        o.insert(F::Total, "c".to_string());
        o.insert(F::Remark, "不存在".to_string());
        let m = map_headers(&cells("单据号,发票号码,合计"), &o);
        assert_eq!(m.col(Key::Field(F::InvoiceNumber)), Some(0));
        assert_eq!(m.col(Key::Field(F::Total)), Some(2));
        assert_eq!(m.unknown_overrides, vec![(F::Remark, "不存在".to_string())]);
        assert_eq!(letters_to_index("AB"), Some(27));
        assert_eq!(letters_to_index("A1"), None);
    }
}
