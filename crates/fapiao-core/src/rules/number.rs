//! Invoice numbers and codes: format, spreadsheet damage, and the year and region they encode.

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use super::{all_digits, code_of, number_of, Context, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::region;
use crate::single::kind;
use crate::text::Text;

/// How a spreadsheet damaged a long number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DamageKind {
    /// Shown in scientific notation (`2.41123E+19`): only the leading digits survive, the last rounded.
    Scientific,
    /// Digits after the 15th significant digit became zeros (`24112023461726100000`).
    ZeroedTail,
    /// A float's `.0` suffix (`12345678.0`): the digits are intact.
    DecimalSuffix,
    /// Leading zeros dropped (`11001900311` for `011001900311`).
    LostLeadingZero,
    /// Excel's text marker kept in the value (`'24112000000012345678`): the digits are intact.
    QuotePrefix,
}

/// What survives of a damaged number, for matching it against the intact one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Damage {
    /// How it was damaged.
    pub kind: DamageKind,
    /// The leading digits that survived (for [`DamageKind::Scientific`] the last one is rounded).
    pub prefix: String,
    /// How many digits the original had, when that can be told.
    pub len: Option<usize>,
    /// The original, when it can be recovered exactly.
    pub recovered: Option<String>,
}

impl Damage {
    /// Whether the intact number `candidate` could have been damaged into this.
    pub fn matches(&self, candidate: &str) -> bool {
        if !all_digits(candidate) || self.len.is_some_and(|n| n != candidate.len()) {
            return false;
        }
        if let Some(r) = &self.recovered {
            return r == candidate;
        }
        match self.kind {
            DamageKind::Scientific => rounds_to(candidate, &self.prefix),
            _ => candidate.starts_with(&self.prefix),
        }
    }
}

/// Whether `candidate`, rounded half-up to `prefix.len()` digits, gives `prefix`.
fn rounds_to(candidate: &str, prefix: &str) -> bool {
    let k = prefix.len();
    if k == 0 || k > 18 || candidate.len() < k {
        return false;
    }
    let (Ok(head), Ok(want)) = (candidate[..k].parse::<u64>(), prefix.parse::<u64>()) else {
        return false;
    };
    let up = candidate.as_bytes().get(k).is_some_and(|d| *d >= b'5');
    head + u64::from(up) == want
}

/// Recognises a number or code that a spreadsheet damaged; `None` for anything else.
///
/// Seven-digit numbers and 11-digit codes are taken for lost leading zeros (8-digit numbers and
/// 12-digit codes starting with 0); a 16–20-digit number whose digits after the 15th are all zero
/// for a zeroed tail (a genuine number ending so has a chance of 1 in 10⁵ per zero run of five).
pub fn damage(raw: &str) -> Option<Damage> {
    let s = raw.trim();
    if let Some(rest) = s.strip_prefix(['\'', '‘', '’', '＇']) {
        return all_digits(rest).then(|| Damage {
            kind: DamageKind::QuotePrefix,
            prefix: rest.to_string(),
            len: Some(rest.len()),
            recovered: Some(rest.to_string()),
        });
    }
    if let Some(d) = scientific(s) {
        return Some(d);
    }
    if let Some((int, frac)) = s.split_once('.') {
        if all_digits(int) && !frac.is_empty() && frac.bytes().all(|b| b == b'0') {
            return Some(Damage {
                kind: DamageKind::DecimalSuffix,
                prefix: int.to_string(),
                len: Some(int.len()),
                recovered: Some(int.to_string()),
            });
        }
        return None;
    }
    if !all_digits(s) {
        return None;
    }
    match s.len() {
        16..=20 if s[15..].bytes().all(|b| b == b'0') => Some(Damage {
            kind: DamageKind::ZeroedTail,
            prefix: s[..15].to_string(),
            len: Some(s.len()),
            recovered: None,
        }),
        7 | 11 => Some(Damage {
            kind: DamageKind::LostLeadingZero,
            prefix: s.to_string(),
            len: Some(s.len() + 1),
            recovered: Some(format!("0{s}")),
        }),
        _ => None,
    }
}

/// `2.41123E+19`, `2,41123e19`: mantissa digits and the original length.
fn scientific(s: &str) -> Option<Damage> {
    let (mantissa, exp) = s.split_once(['E', 'e'])?;
    let exp: usize = exp.strip_prefix('+').unwrap_or(exp).parse().ok()?;
    let (int, frac) = mantissa.split_once(['.', ',']).unwrap_or((mantissa, ""));
    if int.len() != 1 || !all_digits(int) || !(frac.is_empty() || all_digits(frac)) {
        return None;
    }
    let prefix = format!("{int}{frac}");
    if int == "0" || exp >= 40 || prefix.len() > exp + 1 {
        return None;
    }
    Some(Damage {
        kind: DamageKind::Scientific,
        prefix,
        len: Some(exp + 1),
        recovered: None,
    })
}

fn damage_text(d: &Damage) -> (&'static str, &'static str) {
    match d.kind {
        DamageKind::Scientific => (
            "被显示为科学计数法，后几位已丢失",
            "is in scientific notation; its last digits are lost",
        ),
        DamageKind::ZeroedTail => (
            "第 15 位之后被置零（表格软件只保留 15 位有效数字）",
            "has zeros after the 15th digit (spreadsheets keep 15 significant digits)",
        ),
        DamageKind::DecimalSuffix => (
            "带有小数后缀，被当作数值保存",
            "has a decimal suffix: it was stored as a number",
        ),
        DamageKind::LostLeadingZero => ("丢失了前导零", "lost its leading zero"),
        DamageKind::QuotePrefix => (
            "带有表格软件的文本标记（'）",
            "carries a spreadsheet's text marker (')",
        ),
    }
}

/// Runs the number and code rules on one invoice.
pub(crate) fn check(inv: &Invoice, ctx: &Context, out: &mut Vec<Finding>) {
    let code = code_of(inv);
    let code_ok = match &code {
        Some(c) => check_code(inv, c, out),
        None => false,
    };
    let Some(number) = number_of(inv) else {
        return;
    };
    if let Some(d) = damage(&number) {
        let (zh, en) = damage_text(&d);
        let guess = d
            .recovered
            .as_ref()
            .map(|r| (format!("原号码应为 {r}。"), format!("It was probably {r}.")))
            .unwrap_or_default();
        out.push(Finding::new(
            "invoice_number.excel_damaged",
            Severity::Error,
            inv,
            FieldName::InvoiceNumber,
            Text::new(
                format!("发票号码“{number}”{zh}。{}", guess.0),
                format!("The invoice number “{number}” {en}. {}", guess.1).trim_end().to_string(),
            ),
            Text::new(
                "将号码列设为“文本”格式后重新导出台账，或从发票原件重新录入。",
                "Re-export the ledger with the number column formatted as text, or retype it from the invoice.",
            ),
        ));
        return;
    }
    let format = |zh: String, en: String, severity| {
        Finding::new(
            "invoice_number.format",
            severity,
            inv,
            FieldName::InvoiceNumber,
            Text::new(zh, en),
            Text::new(
                "对照发票原件重新录入发票号码。",
                "Retype the number from the invoice.",
            ),
        )
    };
    let has_code = code.is_some();
    if !all_digits(&number) || !(number.len() == 8 || number.len() == 20) {
        out.push(format(
            format!(
                "发票号码“{number}”应为 8 位或 20 位数字（现为 {} 个字符）。",
                number.chars().count()
            ),
            format!(
                "The invoice number “{number}” should be 8 or 20 digits (it has {} characters).",
                number.chars().count()
            ),
            Severity::Error,
        ));
        return;
    }
    if number == "00000000" {
        out.push(format(
            "发票号码不能为 00000000。".into(),
            "The invoice number cannot be 00000000.".into(),
            Severity::Error,
        ));
        return;
    }
    if number.len() == 8 && !has_code {
        out.push(format(
            format!("8 位发票号码“{number}”缺少 10 或 12 位发票代码，无法查验。"),
            format!("The 8-digit number “{number}” has no 10- or 12-digit invoice code, so it cannot be checked."),
            Severity::Warning,
        ));
    }
    if number.len() == 20 && has_code {
        out.push(format(
            format!("20 位数电发票号码“{number}”不应带发票代码。"),
            format!("The 20-digit 数电 number “{number}” should have no invoice code."),
            Severity::Warning,
        ));
    }
    if number.len() == 20 {
        check_number_region(inv, &number, ctx, out);
    } else if let (true, Some(c)) = (code_ok, &code) {
        check_code_year(inv, c, ctx, out);
    }
}

fn region_finding(inv: &Invoice, field: FieldName, severity: Severity, message: Text) -> Finding {
    Finding::new(
        "invoice_number.region",
        severity,
        inv,
        field,
        message,
        Text::new(
            "核对号码与开票日期是否抄录正确。",
            "Check that the number and the issue date were copied correctly.",
        ),
    )
}

fn check_number_region(inv: &Invoice, number: &str, ctx: &Context, out: &mut Vec<Finding>) {
    let Some(d) = region::decode(None, number) else {
        return;
    };
    let f = FieldName::InvoiceNumber;
    if d.year > ctx.as_of.year() || d.year < 2021 {
        out.push(region_finding(inv, f, Severity::Warning, Text::new(
            format!("数电发票号码“{number}”的年份 {} 不可能（数电发票 2021 年起试点，核对日期 {}）。", d.year, ctx.as_of),
            format!("The 数电 number “{number}” encodes the year {}, which is impossible (数电 pilots began in 2021; as of {}).", d.year, ctx.as_of),
        )));
    } else if let Some(issued) = inv.issue_date.as_ref().and_then(|f| f.get()) {
        if issued.year() != d.year {
            out.push(region_finding(inv, f, Severity::Info, Text::new(
                format!("号码“{number}”编码的年份 {} 与开票日期 {issued} 不同。", d.year),
                format!("The number “{number}” encodes the year {}, but the issue date is {issued}.", d.year),
            )));
        }
    }
    if d.region.is_none() {
        let unverified = d.region_code.starts_with('9');
        out.push(region_finding(
            inv,
            f,
            if unverified {
                Severity::Info
            } else {
                Severity::Warning
            },
            Text::new(
                format!(
                    "号码“{number}”第 3–4 位的省份代码 {} 未知{}。",
                    d.region_code,
                    if unverified {
                        "（可能是计划单列市，未经证实）"
                    } else {
                        ""
                    }
                ),
                format!(
                    "The province code {} in digits 3–4 of “{number}” is unknown{}.",
                    d.region_code,
                    if unverified {
                        " (perhaps a 计划单列市; unverified)"
                    } else {
                        ""
                    }
                ),
            ),
        ));
    }
}

fn check_code_year(inv: &Invoice, code: &str, ctx: &Context, out: &mut Vec<Finding>) {
    let Some(d) = region::decode(Some(code), "") else {
        return;
    };
    let issued = inv
        .issue_date
        .as_ref()
        .and_then(|f| f.get())
        .map(|d| d.year());
    let latest = issued.unwrap_or(ctx.as_of.year()).min(ctx.as_of.year());
    if d.year > latest || d.year < 2010 {
        out.push(region_finding(inv, FieldName::InvoiceCode, Severity::Warning, Text::new(
            format!("发票代码“{code}”编码的年份 {} 不可能（早于 2010 年或晚于开票/核对年份 {latest}）。", d.year),
            format!("The invoice code “{code}” encodes the year {}, which is impossible (before 2010 or after the issue/as-of year {latest}).", d.year),
        )));
    }
}

/// `invoice_code.format`; returns whether the code is well-formed enough to decode.
fn check_code(inv: &Invoice, code: &str, out: &mut Vec<Finding>) -> bool {
    if let Some(d) = damage(code) {
        let (zh, en) = damage_text(&d);
        let r = d.recovered.unwrap_or_default();
        out.push(Finding::new(
            "invoice_number.excel_damaged",
            Severity::Error,
            inv,
            FieldName::InvoiceCode,
            Text::new(
                format!("发票代码“{code}”{zh}，原代码可能为 {r}。"),
                format!("The invoice code “{code}” {en}; it was probably {r}."),
            ),
            Text::new(
                "将代码列设为“文本”格式后重新导出台账，或从发票原件重新录入。",
                "Re-export the ledger with the code column formatted as text, or retype it from the invoice.",
            ),
        ));
        return false;
    }
    let finding = |severity, message| {
        Finding::new(
            "invoice_code.format",
            severity,
            inv,
            FieldName::InvoiceCode,
            message,
            Text::new(
                "对照发票原件重新录入发票代码。",
                "Retype the code from the invoice.",
            ),
        )
    };
    if !all_digits(code) || !(code.len() == 10 || code.len() == 12) {
        out.push(finding(
            Severity::Error,
            Text::new(
                format!("发票代码“{code}”应为 10 或 12 位数字。"),
                format!("The invoice code “{code}” should be 10 or 12 digits."),
            ),
        ));
        return false;
    }
    if let Some(d) = region::decode(Some(code), "") {
        if d.region.is_none() {
            out.push(finding(
                Severity::Warning,
                Text::new(
                    format!("发票代码“{code}”中的地区代码 {} 未知。", d.region_code),
                    format!(
                        "The region {} in the invoice code “{code}” is unknown.",
                        d.region_code
                    ),
                ),
            ));
        }
    }
    if kind::from_code(Some(code), None).is_none() {
        out.push(finding(
            Severity::Warning,
            Text::new(
                format!("无法从发票代码“{code}”推出发票种类。"),
                format!("The invoice type cannot be derived from the code “{code}”."),
            ),
        ));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damage_kinds() {
        let d = damage("2.41123E+19").unwrap();
        assert_eq!(d.kind, DamageKind::Scientific);
        assert_eq!((d.prefix.as_str(), d.len), ("241123", Some(20)));
        assert!(d.matches("24112349999999999999"));
        assert!(
            !d.matches("24112352871894999910"),
            "241123|5 rounds to 241124"
        );
        assert!(
            d.matches("24112299999999999999"),
            "last mantissa digit is rounded"
        );
        assert!(!d.matches("24112452871894999910"));
        assert_eq!(
            damage("24112023461726100000").map(|d| d.kind),
            Some(DamageKind::ZeroedTail)
        );
        assert!(damage("24112023461726100000")
            .unwrap()
            .matches("24112023461726147245"));
        assert_eq!(
            damage("12345678.0").and_then(|d| d.recovered),
            Some("12345678".into())
        );
        assert_eq!(
            damage("'24112000000012345678").map(|d| (d.kind, d.recovered)),
            Some((DamageKind::QuotePrefix, Some("24112000000012345678".into())))
        );
        assert_eq!(
            damage("11001900311").and_then(|d| d.recovered),
            Some("011001900311".into())
        );
        for fine in [
            "24112023461726147245",
            "12345678",
            "011001900311",
            "",
            "abc",
            "'abc",
            "1.5",
            "2.4E+500",
        ] {
            assert_eq!(damage(fine), None, "{fine}");
        }
    }
}
