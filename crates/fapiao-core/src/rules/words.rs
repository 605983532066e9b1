//! Amounts in words (大写): write them in the invoice convention, read them back to cents.
//!
//! Invoices print 圆 and end in 整 when there is no 分; other writers use 元 and 正, and may omit
//! the 零 after a 圆 whose digit is zero. Reading accepts all of these, so the rule compares
//! cents, never strings.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::amount::{money, round_cents};
use super::Finding;
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::text::Text;

const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const UNITS: [&str; 4] = ["", "拾", "佰", "仟"];
const SECTIONS: [&str; 4] = ["", "万", "亿", "万亿"];

/// Writes `amount` (rounded half-up to the cent) as an invoice does: 85.86 → 捌拾伍圆捌角陆分,
/// 56 → 伍拾陆圆整, 10.70 → 壹拾圆零柒角整, 0 → 零圆整; negative amounts start with 负.
/// Amounts of 10¹⁶ or more are written in digits, as no invoice reaches them.
pub fn amount_in_words(amount: Decimal) -> String {
    let cents = round_cents(amount.abs())
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|c| c.to_u128())
        .unwrap_or(u128::MAX);
    if cents >= 10u128.pow(18) {
        return amount.to_string();
    }
    let sign = if amount.is_sign_negative() && cents > 0 {
        "负"
    } else {
        ""
    };
    let (yuan, jiao, fen) = (
        cents / 100,
        (cents / 10 % 10) as usize,
        (cents % 10) as usize,
    );
    let mut s = String::from(sign);
    s.push_str(&integer_words(yuan));
    if yuan > 0 {
        s.push('圆');
    }
    match (jiao, fen) {
        (0, 0) if yuan == 0 => s.push_str("零圆整"),
        (0, 0) => s.push('整'),
        (j, f) => {
            if yuan > 0 && (yuan % 10 == 0 || j == 0) {
                s.push('零');
            }
            if j > 0 {
                s.push(DIGITS[j]);
                s.push('角');
            }
            if f > 0 {
                s.push(DIGITS[f]);
                s.push('分');
            } else {
                s.push('整');
            }
        }
    }
    s
}

/// Writes a whole number in capital digits, sections of four (万, 亿, 万亿), one 零 per run of zeros.
fn integer_words(n: u128) -> String {
    let mut out = String::new();
    let mut sections = Vec::new();
    let mut rest = n;
    while rest > 0 {
        sections.push((rest % 10_000) as usize);
        rest /= 10_000;
    }
    let mut zero_pending = false;
    for (i, &sec) in sections.iter().enumerate().rev() {
        if sec == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if !out.is_empty() && (zero_pending || sec < 1000) {
            out.push('零');
        }
        zero_pending = false;
        let mut gap = false;
        for pos in (0..4).rev() {
            let d = sec / 10usize.pow(pos as u32) % 10;
            if d == 0 {
                gap = sec % 10usize.pow(pos as u32 + 1) != sec;
                continue;
            }
            if gap {
                out.push('零');
                gap = false;
            }
            out.push(DIGITS[d]);
            out.push_str(UNITS[pos]);
        }
        out.push_str(SECTIONS[i.min(3)]);
    }
    out
}

/// Reads an amount in words back to cents (negative for 负); `None` when it is not one.
///
/// Accepts 圆 or 元, 整 or 正 (or nothing) after the last unit, an omitted or repeated 零, a
/// leading 人民币, and 负 or ⊗ for red invoices.
pub fn words_to_cents(words: &str) -> Option<i128> {
    let mut s: String = words.chars().filter(|c| !c.is_whitespace()).collect();
    for prefix in ["人民币", "(大写)", "（大写）", "¥", "￥"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    let (negative, s) = match s.strip_prefix('负').or_else(|| s.strip_prefix('⊗')) {
        Some(rest) => (true, rest.to_string()),
        None => (false, s),
    };
    let s = s.trim_end_matches(['整', '正']);
    let (int, frac) = match s.split_once(['圆', '元']) {
        Some((i, f)) => (i, f),
        None => ("", s),
    };
    if s.is_empty() {
        return None;
    }
    let yuan = if int.is_empty() || int == "零" {
        0
    } else {
        parse_integer(int)?
    };
    let cents = yuan.checked_mul(100)?.checked_add(parse_fraction(frac)?)?;
    Some(if negative { -cents } else { cents })
}

fn digit(c: char) -> Option<i128> {
    DIGITS.iter().position(|d| *d == c).map(|p| p as i128)
}

/// 壹亿零贰佰万叁仟 → 102_003_000; `None` for what is not a number or overflows.
fn parse_integer(s: &str) -> Option<i128> {
    let (mut total, mut section, mut number) = (0i128, 0i128, None::<i128>);
    let (mut last_was_digit, mut wan_seen) = (false, false);
    for c in s.chars() {
        if let Some(d) = digit(c) {
            if last_was_digit && number != Some(0) {
                return None;
            }
            number = Some(d);
            last_was_digit = true;
            continue;
        }
        last_was_digit = false;
        let unit = match c {
            '拾' | '十' => 10,
            '佰' => 100,
            '仟' => 1000,
            '万' if !wan_seen => {
                wan_seen = true;
                let part = section.checked_add(number.take().unwrap_or(0))?;
                total = total.checked_add(part.checked_mul(10_000)?)?;
                section = 0;
                continue;
            }
            '亿' => {
                let part = section.checked_add(number.take().unwrap_or(0))?;
                total = total.checked_add(part)?.checked_mul(100_000_000)?;
                (section, wan_seen) = (0, false);
                continue;
            }
            _ => return None,
        };
        let d = match number.take() {
            Some(0) | None if section == 0 && total == 0 && unit == 10 => 1,
            Some(0) | None => return None,
            Some(d) => d,
        };
        section = section.checked_add(d * unit)?;
    }
    total.checked_add(section)?.checked_add(number.unwrap_or(0))
}

/// 零柒角, 捌角陆分, 零伍分 → cents.
fn parse_fraction(s: &str) -> Option<i128> {
    let mut cents = 0;
    let mut number = None;
    let mut seen_fen = false;
    for c in s.chars() {
        match c {
            '零' if number.is_none() => {}
            '角' if !seen_fen && cents == 0 => cents += number.take()? * 10,
            '分' if !seen_fen => {
                cents += number.take()?;
                seen_fen = true;
            }
            _ => number = Some(digit(c).filter(|_| number.is_none())?),
        }
    }
    number.is_none().then_some(cents)
}

/// Runs `amount_in_words.mismatch`.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    let Some(words) = inv
        .total_in_words
        .as_ref()
        .map(|f| f.raw.trim())
        .filter(|w| !w.is_empty())
    else {
        return;
    };
    let Some(total) = money(&inv.total) else {
        return;
    };
    let expected = amount_in_words(total);
    let cents = total
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|c| c.to_i128());
    let message = match words_to_cents(words) {
        Some(c) if Some(c) == cents => return,
        Some(c) => Text::new(
            format!("大写金额“{words}”表示 {}，与价税合计 {total}（{expected}）不符。", Decimal::from_i128_with_scale(c, 2)),
            format!("The amount in words “{words}” says {}, but the total is {total} ({expected}).", Decimal::from_i128_with_scale(c, 2)),
        ),
        None => Text::new(
            format!("大写金额“{words}”无法识别；价税合计 {total} 应写作 {expected}。"),
            format!("The amount in words “{words}” cannot be read; the total {total} is written {expected}."),
        ),
    };
    out.push(Finding::new(
        "amount_in_words.mismatch",
        Severity::Error,
        inv,
        FieldName::TotalInWords,
        message,
        Text::new(
            "请销售方重开发票，或对照原件更正录入。",
            "Ask the seller to reissue, or correct the typing from the invoice.",
        ),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn invoice_examples() {
        assert_eq!(amount_in_words(d("85.86")), "捌拾伍圆捌角陆分");
        assert_eq!(amount_in_words(d("56.00")), "伍拾陆圆整");
        assert_eq!(amount_in_words(d("10.70")), "壹拾圆零柒角整");
        assert_eq!(amount_in_words(d("0")), "零圆整");
        assert_eq!(amount_in_words(d("0.05")), "伍分");
        assert_eq!(amount_in_words(d("1.05")), "壹圆零伍分");
        assert_eq!(amount_in_words(d("100000001.05")), "壹亿零壹圆零伍分");
        assert_eq!(amount_in_words(d("1010.10")), "壹仟零壹拾圆零壹角整");
        assert_eq!(amount_in_words(d("-300")), "负叁佰圆整");
    }

    #[test]
    fn reads_back() {
        assert_eq!(words_to_cents("壹拾元柒角"), Some(1070));
        assert_eq!(words_to_cents("壹拾圆零柒角整"), Some(1070));
        assert_eq!(words_to_cents("伍拾陆元正"), Some(5600));
        assert_eq!(words_to_cents("壹亿零壹元零伍分"), Some(10_000_000_105));
        assert_eq!(words_to_cents("壹万亿圆整"), Some(100_000_000_000_000));
        assert_eq!(words_to_cents("⊗叁佰圆整"), Some(-30000));
        assert_eq!(words_to_cents("壹壹圆"), None);
        assert_eq!(words_to_cents("abc"), None);
        assert_eq!(words_to_cents(""), None);
        assert_eq!(
            words_to_cents(&"壹亿".repeat(40)),
            None,
            "overflow is not a number"
        );
        assert_eq!(words_to_cents(&"壹万".repeat(40)), None);
    }
}
