//! An invoice's fields from its page text ([`super::pdf_text`]): the labels printed on 数电 and
//! older VAT invoices (发票号码, 发票代码, 开票日期, 校验码, 合计, 价税合计(小写), 名称,
//! 纳税人识别号) and the value after each.
//!
//! Lines are compared with full-width forms folded and spaces removed (`合 计` is `合计`). The
//! parties are told apart by order: the buyer's block comes first in reading order on both
//! layouts (left of the seller on 数电 invoices, above it on older ones).

use rust_decimal::Decimal;

use super::values;
use crate::model::{Field, FieldName, Invoice, Name, Raw};

/// The name the page text gets as a source (`x.pdf PDF 文字`).
pub const PART: &str = "PDF 文字";

fn field<T>(value: Option<T>, raw: &str) -> Option<Field<T>> {
    value.map(|v| Field::parsed(v, raw))
}

/// The text right after the first `label` (and its colon) on a line.
fn after<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let at = line.find(label)? + label.len();
    Some(line[at..].trim_start_matches([':', ' ']))
}

/// The leading run of characters of `rest` that pass `keep`.
fn leading(rest: &str, keep: impl Fn(char) -> bool) -> &str {
    let end = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
    &rest[..end]
}

/// Every amount written with a currency sign on a line, in order (`¥***` counts, as `None`).
fn amounts(line: &str) -> Vec<(Option<Decimal>, String)> {
    line.split('¥')
        .skip(1)
        .map(|s| {
            let raw = leading(s, |c| {
                c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '*')
            });
            (values::money(raw), raw.to_string())
        })
        .filter(|(_, raw)| !raw.is_empty())
        .collect()
}

/// The values after every occurrence of `label` across the lines, each up to the next label.
fn each_after(lines: &[String], label: &str, stop: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        let mut rest = line.as_str();
        while let Some(v) = after(rest, label) {
            let end = stop
                .iter()
                .chain([&label])
                .filter_map(|s| v.find(s))
                .min()
                .unwrap_or(v.len());
            out.push(v[..end].to_string());
            rest = &v[end..];
        }
    }
    out
}

const TITLES: [&str; 8] = [
    "电子发票(增值税专用发票)",
    "电子发票(普通发票)",
    "增值税电子专用发票",
    "增值税电子普通发票",
    "通行费电子普通发票",
    "增值税专用发票",
    "增值税普通发票",
    "机动车销售统一发票",
];

/// The invoice printed on the page, when its number (or code) can be found.
pub fn invoice(page_lines: &[String]) -> Option<Invoice> {
    let lines: Vec<String> = page_lines
        .iter()
        .map(|l| {
            values::fold_width(l)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
        })
        .collect();
    let first = |label: &str, keep: fn(char) -> bool| {
        lines
            .iter()
            .find_map(|l| after(l, label))
            .map(|rest| leading(rest, keep).to_string())
            .filter(|v| !v.is_empty())
    };
    let digit = |c: char| c.is_ascii_digit();
    let number = first("发票号码", digit);
    let code = first("发票代码", digit);
    if number.is_none() && code.is_none() {
        return None;
    }
    let date = first("开票日期", |c| {
        c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '-' | '/' | '.')
    });
    let check_code = first("校验码", digit);
    let mut inv = Invoice {
        number: number.as_deref().and_then(|n| field(values::digits(n), n)),
        code: code.as_deref().and_then(|c| field(values::digits(c), c)),
        issue_date: date.as_deref().and_then(|d| field(values::date(d), d)),
        check_code: check_code
            .as_deref()
            .and_then(|c| field(values::digits(c), c)),
        ..Invoice::default()
    };
    // 合计 ¥amount ¥tax (not 价税合计).
    if let Some(line) = lines
        .iter()
        .find(|l| l.contains("合计") && !l.contains("价税合计") && !amounts(l).is_empty())
    {
        let found = amounts(line);
        if let Some((v, raw)) = found.first() {
            inv.amount = field(*v, raw);
        }
        if let Some((v, raw)) = found.get(1) {
            inv.tax = field(*v, raw)
                .or_else(|| values::is_masked(raw).then(|| Field::unparsed(raw.clone())));
        }
    }
    if let Some((v, raw)) = lines
        .iter()
        .find_map(|l| {
            after(l, "(小写)")
                .or_else(|| after(l, "价税合计"))
                .map(amounts)
        })
        .and_then(|a| a.into_iter().last())
    {
        inv.total = field(v, &raw);
    }
    if let Some(words) = lines.iter().find_map(|l| after(l, "(大写)")) {
        let w = leading(words.trim_start_matches('⊗'), |c| {
            "零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正负".contains(c)
        });
        if !w.is_empty() {
            inv.total_in_words = field(Some(Raw::from(w)), w);
        }
    }
    let stops = ["名称", "纳税人识别号", "统一社会信用代码", "地址", "开户行"];
    let names = each_after(&lines, "名称:", &stops);
    let ids: Vec<String> = each_after(&lines, "纳税人识别号:", &stops)
        .into_iter()
        .map(|v| leading(&v, |c| c.is_ascii_alphanumeric()).to_string())
        .collect();
    // The vertical 购买方/销售方 labels may share a line with a name: drop a stray one at its end.
    let text = |v: Option<&String>| {
        let v = v?.trim_end_matches(['购', '买', '销', '售']);
        field(values::text(v), v)
    };
    let id = |v: Option<&String>| v.and_then(|v| field(values::tax_id(v), v));
    inv.buyer_name = text(names.first());
    inv.seller_name = text(names.get(1));
    inv.buyer_tax_id = id(ids.first());
    inv.seller_tax_id = id(ids.get(1));
    if let Some(title) = lines
        .iter()
        .find_map(|l| TITLES.iter().find(|t| l.contains(*t)))
    {
        inv.kind = field(values::invoice_kind(title), title);
    }
    inv.origin.place.column = Some(PART.into());
    // Every field was read from the page text.
    let part = Name::from(PART);
    for name in FieldName::ALL {
        if inv.raw(name).is_some() {
            inv.columns.set(name, Some(part.clone()));
        }
    }
    Some(inv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FieldName;
    use crate::model::InvoiceKind as Kind;

    fn raw(inv: &Invoice, f: FieldName) -> Option<&str> {
        inv.raw(f)
    }

    #[test]
    fn a_digital_invoice_layout() {
        let page: Vec<String> = [
            "电子发票（增值税专用发票）  发票号码： 24112000000012345678",
            "开票日期： 2024年11月05日",
            "购 名称：北京买方科技有限公司   销 名称：上海卖方贸易有限公司",
            "买 统一社会信用代码/纳税人识别号：91110108MA01ABCDEN  售 统一社会信用代码/纳税人识别号：91310000MA1FL1234Q",
            "合 计 ¥1000.00 ¥130.00",
            "价税合计（大写） ⊗壹仟壹佰叁拾圆整 （小写）¥1130.00",
        ]
        .map(String::from)
        .to_vec();
        let inv = invoice(&page).unwrap();
        use FieldName::*;
        assert_eq!(raw(&inv, InvoiceNumber), Some("24112000000012345678"));
        assert_eq!(raw(&inv, IssueDate), Some("2024年11月05日"));
        assert_eq!(
            inv.issue_date
                .as_ref()
                .and_then(|f| f.value)
                .map(|d| d.to_string()),
            Some("2024-11-05".into())
        );
        assert_eq!(raw(&inv, BuyerName), Some("北京买方科技有限公司"));
        assert_eq!(raw(&inv, SellerName), Some("上海卖方贸易有限公司"));
        assert_eq!(raw(&inv, BuyerTaxId), Some("91110108MA01ABCDEN"));
        assert_eq!(raw(&inv, SellerTaxId), Some("91310000MA1FL1234Q"));
        assert_eq!(raw(&inv, Amount), Some("1000.00"));
        assert_eq!(raw(&inv, Tax), Some("130.00"));
        assert_eq!(raw(&inv, Total), Some("1130.00"));
        assert_eq!(raw(&inv, TotalInWords), Some("壹仟壹佰叁拾圆整"));
        assert_eq!(inv.kind.and_then(|k| k.value), Some(Kind::DigitalSpecial));
    }

    #[test]
    fn an_older_invoice_layout_with_a_code_and_check_code() {
        let page: Vec<String> = [
            "增值税电子普通发票",
            "发票代码: 011001900311",
            "发票号码: 21010038",
            "开票日期: 2020年04月07日",
            "校 验 码: 12345 67890 12345 67890",
            "合 计 ¥80.00 ¥***",
        ]
        .map(String::from)
        .to_vec();
        let inv = invoice(&page).unwrap();
        use FieldName::*;
        assert_eq!(raw(&inv, InvoiceCode), Some("011001900311"));
        assert_eq!(raw(&inv, InvoiceNumber), Some("21010038"));
        assert_eq!(
            inv.check_code.as_ref().and_then(|c| c.value.as_deref()),
            Some("12345678901234567890")
        );
        assert_eq!(raw(&inv, Tax), Some("***"));
        assert_eq!(
            inv.kind.and_then(|k| k.value),
            Some(Kind::ElectronicOrdinary)
        );
    }

    #[test]
    fn a_page_without_an_invoice_number_is_no_invoice() {
        let page = vec!["Quarterly report".to_string(), "合计 ¥5".to_string()];
        assert_eq!(invoice(&page), None);
    }
}
