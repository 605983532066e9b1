//! The text held by an invoice's QR code: `01,<type>,<code>,<number>,<amount>,<yyyymmdd>,<check code>,<hex>[,]`.
//!
//! Two forms exist: the older one (9 parts with a trailing comma, amount excluding tax) and the
//! 数电 one (8 parts, no code, 20-digit number, amount whose meaning is unverified). The parser
//! gives a structured [`QrPayload`] for rules, and an [`Invoice`] for everything else.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::document::{diag, parsed};
use super::values::{date, digits, money};
use super::Parsed;
use crate::diag::{Diagnostic, Place, Severity};
use crate::model::{Columns, Field, FieldName as F, Invoice, InvoiceKind, Name, Origin, Raw};
use crate::text::Text;

/// The column name given to the amount of a 数电 QR code, whose meaning (total incl. tax or
/// amount excl. tax) is unknown; the value is stored as the invoice's total.
pub const DIGITAL_AMOUNT_COLUMN: &str = "qr.amount (含税或不含税 / incl. or excl. tax)";

/// The longest text taken for a QR payload (real ones are under 100 bytes).
pub const MAX_PAYLOAD: usize = 512;

/// What the QR code's amount stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountMeaning {
    /// Older invoices: 金额 excluding tax.
    ExcludingTax,
    /// 数电 invoices: public parsers say total including tax; unverified, so either may match.
    TotalOrExcluding,
}

/// A QR payload, checked field by field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrPayload {
    /// The parts as found, split at commas (8 or 9).
    pub fields: Vec<String>,
    /// Type code (`10`, `32`).
    pub type_code: String,
    /// The kind the type code stands for.
    pub kind: InvoiceKind,
    /// 发票代码 (empty for 数电).
    pub code: String,
    /// 发票号码.
    pub number: String,
    /// The amount.
    pub amount: Decimal,
    /// What the amount stands for.
    pub amount_meaning: AmountMeaning,
    /// 开票日期.
    pub date: NaiveDate,
    /// 校验码 (empty for 专票 and 数电).
    pub check_code: String,
    /// The 4-hex tail (may be empty).
    pub tail: String,
}

/// Why a text is not a usable QR payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrError {
    /// `qr.not_invoice` (a URL or unrelated text) or `qr.format` (an invoice payload that is wrong).
    pub id: &'static str,
    /// Every problem found, each in both languages.
    pub problems: Vec<Text>,
}

impl QrError {
    /// One diagnostic naming every problem, placed at `place`.
    pub fn to_diagnostic(&self, place: Place) -> Diagnostic {
        let zh: Vec<&str> = self.problems.iter().map(|p| p.zh.as_str()).collect();
        let en: Vec<&str> = self.problems.iter().map(|p| p.en.as_str()).collect();
        let (message, action) = if self.id == "qr.not_invoice" {
            (
                Text::new(
                    format!("这不是发票二维码：{}", zh.join("；")),
                    format!("This is not an invoice QR code: {}", en.join("; ")),
                ),
                Text::new(
                    "请扫描发票左上角的二维码（以“01,”开头），或加载发票的 XML/OFD/PDF 文件。",
                    "Scan the QR code at the invoice's top left (it starts with “01,”), or load the invoice's XML/OFD/PDF file.",
                ),
            )
        } else {
            (
                Text::new(
                    format!("发票二维码内容有误：{}", zh.join("；")),
                    format!("The invoice QR payload is malformed: {}", en.join("; ")),
                ),
                Text::new(
                    "请重新扫描二维码；若仍有误，请按发票票面手工输入。",
                    "Scan the QR code again; if it is still wrong, type the values from the printed invoice.",
                ),
            )
        };
        diag(self.id, Severity::Error, place, message, action)
    }
}

/// The kind a QR type code stands for, or `None` for an unknown code.
pub fn kind_of_type(code: &str) -> Option<InvoiceKind> {
    Some(match code {
        "01" => InvoiceKind::Special,
        "02" => InvoiceKind::Freight,
        "03" => InvoiceKind::MotorVehicle,
        "04" => InvoiceKind::Ordinary,
        "08" => InvoiceKind::ElectronicSpecial,
        "10" => InvoiceKind::ElectronicOrdinary,
        "11" => InvoiceKind::Roll,
        "14" => InvoiceKind::Toll,
        "15" => InvoiceKind::UsedVehicle,
        "31" => InvoiceKind::DigitalSpecial,
        "32" => InvoiceKind::DigitalOrdinary,
        "51" | "61" => InvoiceKind::Other,
        _ => return None,
    })
}

/// Whether a short one-line text is meant as a QR payload: it starts with `01,`, or it is a URL
/// (which [`read`] then rejects as `qr.not_invoice`, the way a scanner app would show it).
pub fn looks_like_payload(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim();
    let url = t.starts_with("http://") || t.starts_with("https://");
    (url || t.starts_with("01,")) && !t.contains('\n')
}

fn problem(zh: String, en: String) -> Text {
    Text::new(zh, en)
}

/// Checks a QR payload field by field.
pub fn parse_payload(text: &str) -> Result<QrPayload, QrError> {
    let t = text.trim_start_matches('\u{feff}').trim();
    if t.contains("://") || !t.contains(',') {
        let shown: String = t.chars().take(60).collect();
        return Err(QrError {
            id: "qr.not_invoice",
            problems: vec![problem(
                format!("内容为“{shown}”，不是以逗号分隔的发票字段"),
                format!("it holds “{shown}”, not comma-separated invoice fields"),
            )],
        });
    }
    let mut fields: Vec<String> = t.split(',').map(|f| f.trim().to_string()).collect();
    let n = fields.len();
    if fields.first().map(String::as_str) != Some("01") && !(8..=9).contains(&n) {
        return Err(QrError {
            id: "qr.not_invoice",
            problems: vec![problem(
                format!("有 {n} 段，且不以版本号 01 开头"),
                format!("it has {n} parts and does not start with version 01"),
            )],
        });
    }
    let mut problems = Vec::new();
    let trailing_ok = n == 9 && fields.last().is_some_and(|f| f.is_empty());
    if n != 8 && !trailing_ok {
        problems.push(problem(
            format!("应有 8 段（数电）或 9 段（以逗号结尾），实际 {n} 段"),
            format!("expected 8 parts (数电) or 9 ending in a comma, found {n}"),
        ));
        return Err(QrError {
            id: "qr.format",
            problems,
        });
    }
    fields.truncate(9);
    let get = |i: usize| fields.get(i).cloned().unwrap_or_default();
    let (version, type_code, code, number) = (get(0), get(1), get(2), get(3));
    let (amount_raw, date_raw, check_code, tail) = (get(4), get(5), get(6), get(7));
    if version != "01" {
        problems.push(problem(
            format!("第1段版本号应为 01，实际为“{version}”"),
            format!("part 1 (version) should be 01, found “{version}”"),
        ));
    }
    let kind = kind_of_type(&type_code);
    if kind.is_none() {
        problems.push(problem(
            format!("第2段发票类型代码“{type_code}”未知（应为 01、04、08、10、31、32 等）"),
            format!(
                "part 2 (type code) “{type_code}” is unknown (expected 01, 04, 08, 10, 31, 32, …)"
            ),
        ));
    }
    let digital = matches!(
        kind,
        Some(InvoiceKind::DigitalSpecial | InvoiceKind::DigitalOrdinary)
    );
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if digital && !code.is_empty() {
        problems.push(problem(
            format!("数电发票的第3段发票代码应为空，实际为“{code}”"),
            format!("part 3 (invoice code) should be empty on a 数电 invoice, found “{code}”"),
        ));
    } else if !digital && kind.is_some() && !(all_digits(&code) && matches!(code.len(), 10 | 12)) {
        problems.push(problem(
            format!("第3段发票代码应为 10 或 12 位数字，实际为“{code}”"),
            format!("part 3 (invoice code) should be 10 or 12 digits, found “{code}”"),
        ));
    }
    let want = if digital { 20 } else { 8 };
    if !(all_digits(&number) && number.len() == want) {
        problems.push(problem(
            format!(
                "第4段发票号码应为 {want} 位数字，实际为“{number}”（{} 位）",
                number.chars().count()
            ),
            format!(
                "part 4 (invoice number) should be {want} digits, found “{number}” ({} characters)",
                number.chars().count()
            ),
        ));
    }
    let amount = money(&amount_raw).filter(|_| !amount_raw.contains(','));
    if amount.is_none() {
        problems.push(problem(
            format!("第5段金额“{amount_raw}”不是数字"),
            format!("part 5 (amount) “{amount_raw}” is not a number"),
        ));
    }
    let date = (date_raw.len() == 8 && all_digits(&date_raw))
        .then(|| date(&date_raw))
        .flatten();
    if date.is_none() {
        problems.push(problem(
            format!("第6段开票日期“{date_raw}”不是有效的 YYYYMMDD 日期"),
            format!("part 6 (issue date) “{date_raw}” is not a valid YYYYMMDD date"),
        ));
    }
    let check_ok =
        check_code.is_empty() || (!digital && digits(&check_code).is_some_and(|c| c.len() == 20));
    if !check_ok {
        problems.push(problem(
            format!("第7段校验码应为空或 20 位数字，实际为“{check_code}”"),
            format!("part 7 (check code) should be empty or 20 digits, found “{check_code}”"),
        ));
    }
    if tail.len() > 4 || !tail.bytes().all(|b| b.is_ascii_hexdigit()) {
        problems.push(problem(
            format!("第8段应为 4 位十六进制字符，实际为“{tail}”"),
            format!("part 8 should be 4 hex characters, found “{tail}”"),
        ));
    }
    match (kind, amount, date, problems.is_empty()) {
        (Some(kind), Some(amount), Some(date), true) => Ok(QrPayload {
            type_code,
            kind,
            code,
            number,
            amount,
            amount_meaning: if digital {
                AmountMeaning::TotalOrExcluding
            } else {
                AmountMeaning::ExcludingTax
            },
            date,
            check_code,
            tail,
            fields,
        }),
        _ => Err(QrError {
            id: "qr.format",
            problems,
        }),
    }
}

impl QrPayload {
    /// The invoice the payload describes, placed in `file`.
    pub fn to_invoice(&self, file: &str) -> Invoice {
        let col = |name: &str| Name::from(format!("qr.{name}"));
        let mut c = Columns::default();
        let mut opt = |field: F, s: &str, name: &str| {
            let found = (!s.is_empty()).then(|| (Field::parsed(Raw::from(s), s), col(name)));
            c.keep(field, found)
        };
        let code = opt(F::InvoiceCode, &self.code, "code");
        let number = opt(F::InvoiceNumber, &self.number, "number");
        let check_code = opt(F::CheckCode, &self.check_code, "check_code");
        let amount = Field::parsed(self.amount, self.fields.get(4).cloned().unwrap_or_default());
        let (amount_field, total_field) = match self.amount_meaning {
            AmountMeaning::ExcludingTax => (c.keep(F::Amount, Some((amount, col("amount")))), None),
            AmountMeaning::TotalOrExcluding => (
                None,
                c.keep(F::Total, Some((amount, DIGITAL_AMOUNT_COLUMN.into()))),
            ),
        };
        let issue_date = Field::parsed(self.date, self.fields.get(5).cloned().unwrap_or_default());
        let kind = Field::parsed(self.kind, self.type_code.clone());
        Invoice {
            origin: Origin {
                place: Place {
                    column: Some("QR".into()),
                    ..Place::file(file)
                },
                more_rows: Vec::new(),
            },
            code,
            number,
            issue_date: c.keep(F::IssueDate, Some((issue_date, col("date")))),
            amount: amount_field,
            total: total_field,
            kind: c.keep(F::InvoiceKind, Some((kind, col("type")))),
            check_code,
            columns: c,
            ..Invoice::default()
        }
    }
}

/// Reads QR payload text (one payload, pasted or scanned) into a [`Parsed`] with one invoice.
pub fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    let text = String::from_utf8_lossy(bytes);
    let payload = parse_payload(&text).map_err(|e| e.to_diagnostic(Place::file(name)))?;
    let mut out = parsed(name, bytes, "qr", Some("QR"));
    if payload.amount_meaning == AmountMeaning::TotalOrExcluding {
        out.diagnostics.push(amount_note(name, &payload));
    }
    out.invoices.push(payload.to_invoice(name));
    out.info.rows = 1;
    Ok(out)
}

/// The note that a 数电 QR amount is taken as the total including tax, which is unverified.
pub(crate) fn amount_note(name: &str, payload: &QrPayload) -> Diagnostic {
    let a = payload.amount;
    diag(
        "qr.amount_meaning",
        Severity::Info,
        Place {
            column: Some(DIGITAL_AMOUNT_COLUMN.into()),
            ..Place::file(name)
        },
        Text::new(
            format!("数电发票二维码中的金额 {a} 按价税合计处理；是否含税尚无官方说明。"),
            format!("The amount {a} in this 数电 QR code is taken as the total including tax; no official source says whether it includes tax."),
        ),
        Text::new(
            "请加载同一张发票的 XML/OFD/PDF 文件，核对该金额与价税合计或不含税金额是否一致。",
            "Load the same invoice's XML/OFD/PDF file to see whether it matches the total or the amount excluding tax.",
        ),
    )
}
