//! The matching key of an invoice, and what makes a number unusable as one.
//!
//! 数电 invoices are keyed by their 20-digit number; older ones by code + 8-digit number.
//! Keys are strings after trimming and folding full-width digits: never numbers.

use crate::model::Invoice;

/// Why a row cannot be keyed: rule ids, as `rules` names them.
///
/// Private stand-in for `rules::invoice_number::damage` (branch `rules`): replace it when that lands.
pub(crate) fn unusable_rules(inv: &Invoice) -> Vec<String> {
    let number = inv.number.as_ref().map(|f| f.raw.as_str()).unwrap_or("");
    let n = fold(number);
    let rule = if n.is_empty() {
        "invoice_number.missing"
    } else if looks_excel_damaged(&n) {
        "invoice_number.excel_damaged"
    } else if digits(&n, &[8]) {
        "invoice_code.format"
    } else {
        "invoice_number.format"
    };
    vec![rule.to_string()]
}

/// A number that Excel turned into scientific notation, a float, or 15 digits and zeros.
fn looks_excel_damaged(n: &str) -> bool {
    let upper = n.to_ascii_uppercase();
    if upper.contains("E+") || upper.contains('.') {
        return true;
    }
    n.len() >= 16 && n.bytes().all(|b| b.is_ascii_digit()) && n[15..].bytes().all(|b| b == b'0')
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

/// The matching key: the 20-digit number, or `code:number` for older invoices.
/// `None` when the number is unusable.
pub(crate) fn key(inv: &Invoice) -> Option<String> {
    let number = fold(&inv.number.as_ref()?.raw);
    if digits(&number, &[20]) {
        if looks_excel_damaged(&number) {
            return None;
        }
        return Some(number);
    }
    if digits(&number, &[8]) && number != "00000000" {
        let code = fold(inv.code.as_ref().map(|f| f.raw.as_str()).unwrap_or(""));
        if digits(&code, &[10, 12]) {
            return Some(format!("{code}:{number}"));
        }
    }
    None
}

/// The province (two digits of the GB/T 2260 region code) a key was issued in.
///
/// Private stand-in for `region` (branch `docs`): replace it when that lands.
pub(crate) fn province(key: &str) -> Option<&str> {
    match key.split_once(':') {
        None => key.get(2..4),
        Some((code, _)) if code.len() == 12 => code.get(1..3),
        Some((code, _)) => code.get(0..2),
    }
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
            code: code.map(|c| Field::unparsed(c, None)),
            number: Some(Field::unparsed(number, None)),
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
    }

    #[test]
    fn unusable_numbers_name_a_rule() {
        assert_eq!(
            unusable_rules(&inv(None, "2.41123E+19")),
            ["invoice_number.excel_damaged"]
        );
        assert_eq!(unusable_rules(&inv(None, "")), ["invoice_number.missing"]);
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
