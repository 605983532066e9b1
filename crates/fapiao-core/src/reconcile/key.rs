//! The matching key of an invoice, and what makes a number unusable as one.
//!
//! 数电 invoices are keyed by their 20-digit number; older ones by code + 8-digit number.
//! Keys are strings after trimming and folding full-width digits: never numbers.

use std::borrow::Cow;

use crate::model::Invoice;
use crate::region;
use crate::rules::{damage, Damage, DamageKind};

/// Why a row cannot be keyed: rule ids as the validation rules name them.
pub(crate) fn unusable_rules(inv: &Invoice) -> Vec<String> {
    let number = fold(raw(&inv.number));
    let code = fold(raw(&inv.code));
    let rule = if number.is_empty() {
        "field.missing"
    } else if damage(&number).is_some() || damage(&code).is_some() {
        "invoice_number.excel_damaged"
    } else if digits(&number, &[8]) {
        "invoice_code.format"
    } else {
        "invoice_number.format"
    };
    vec![rule.to_string()]
}

/// What a spreadsheet left of an unusable number, to test candidates against.
pub(crate) fn number_damage(inv: &Invoice) -> Option<Damage> {
    damage(&fold(raw(&inv.number)))
}

fn raw<T>(f: &Option<crate::model::Field<T>>) -> &str {
    f.as_ref().map(|f| &*f.raw).unwrap_or("")
}

/// Trims, drops inner whitespace and folds full-width ASCII (`２４` → `24`).
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn digits(s: &str, lens: &[usize]) -> bool {
    lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// The digits of a number or code: as written, or recovered exactly from a spreadsheet form that
/// kept them (`12345678.0`, a leading `'`, a lost leading zero). Damage that lost digits: `None`.
fn intact(folded: String) -> Option<String> {
    match damage(&folded) {
        None => Some(folded),
        Some(d) => match d.kind {
            DamageKind::DecimalSuffix | DamageKind::QuotePrefix | DamageKind::LostLeadingZero => {
                d.recovered
            }
            DamageKind::Scientific | DamageKind::ZeroedTail => None,
        },
    }
}

/// The matching key: the 20-digit number, or `code:number` for older invoices.
/// `None` when the number is unusable.
/// Borrowed from the record's raw text in the common case (a clean 20-digit number).
pub(crate) fn key(inv: &Invoice) -> Option<Cow<'_, str>> {
    // Fast path for the common case: a clean 20-digit number (not a zeroed Excel tail).
    let written = raw(&inv.number).trim();
    if digits(written, &[20]) && written[15..].bytes().any(|b| b != b'0') {
        return Some(Cow::Borrowed(written));
    }
    let number = intact(fold(written))?;
    if digits(&number, &[20]) {
        return Some(Cow::Owned(number));
    }
    if digits(&number, &[8]) && number != "00000000" {
        let code = intact(fold(raw(&inv.code)))?;
        if digits(&code, &[10, 12]) {
            return Some(Cow::Owned(format!("{code}:{number}")));
        }
    }
    None
}

/// The province (first two digits of the GB/T 2260 region code) a key was issued in.
pub(crate) fn province(key: &str) -> Option<&str> {
    let (code, number) = match key.split_once(':') {
        None => (None, key),
        Some((code, number)) => (Some(code), number),
    };
    region::locate(code, number)?.0.get(..2)
}

/// True when `a` and `b` differ by one substituted digit or one swap of adjacent digits.
pub(crate) fn one_typo_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).take(3).collect();
    match diff.as_slice() {
        [_] => true,
        [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Field;

    fn inv(code: Option<&str>, number: &str) -> Invoice {
        Invoice {
            code: code.map(Field::unparsed),
            number: Some(Field::unparsed(number)),
            ..Invoice::default()
        }
    }

    #[test]
    fn keys_are_folded_strings() {
        assert_eq!(
            key(&inv(None, " ２４112000000012345678 ")).as_deref(),
            Some("24112000000012345678")
        );
        assert_eq!(
            key(&inv(Some("011001900311"), "21010038")).as_deref(),
            Some("011001900311:21010038")
        );
        assert_eq!(key(&inv(None, "21010038")), None);
        assert_eq!(key(&inv(None, "2.41123E+19")), None);
        assert_eq!(key(&inv(None, "24112300000000000000")), None);
        assert_eq!(
            key(&inv(None, "'24112000000012345678")).as_deref(),
            Some("24112000000012345678")
        );
        assert_eq!(
            key(&inv(Some("11001900311"), "21010038.0")).as_deref(),
            Some("011001900311:21010038")
        );
    }

    #[test]
    fn unusable_numbers_name_a_rule() {
        assert_eq!(
            unusable_rules(&inv(None, "2.41123E+19")),
            ["invoice_number.excel_damaged"]
        );
        assert_eq!(unusable_rules(&inv(None, "")), ["field.missing"]);
        assert_eq!(
            unusable_rules(&inv(Some("ABC"), "21010038")),
            ["invoice_code.format"]
        );
        assert_eq!(
            unusable_rules(&inv(None, "12AB")),
            ["invoice_number.format"]
        );
    }

    #[test]
    fn provinces_come_from_number_or_code() {
        assert_eq!(province("24112000000012345678"), Some("11"));
        assert_eq!(province("011001900311:21010038"), Some("11"));
        assert_eq!(province("3100193130:21010038"), Some("31"));
    }

    #[test]
    fn typos_are_one_substitution_or_adjacent_swap() {
        assert!(one_typo_apart("12345678", "12345679"));
        assert!(one_typo_apart("12345678", "12345687"));
        assert!(!one_typo_apart("12345678", "12345678"));
        assert!(!one_typo_apart("12345678", "12345600"));
        assert!(!one_typo_apart("12345678", "82345671"));
        assert!(!one_typo_apart("1234", "12345"));
    }
}
