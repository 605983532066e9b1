//! What the single-invoice document readers (QR, XML, OFD, image, PDF) share: building their
//! diagnostics and [`Parsed`] results, and reading the few value shapes invoices print.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{sha256_hex, Parsed};
use crate::diag::{Diagnostic, Place, Severity};
use crate::model::InputInfo;
use crate::text::Text;

/// A diagnostic with both languages filled in.
pub(crate) fn diag(
    id: &str,
    severity: Severity,
    place: Place,
    message: Text,
    action: Text,
) -> Diagnostic {
    Diagnostic {
        id: id.into(),
        severity,
        place,
        message,
        action,
    }
}

/// An empty [`Parsed`] for a document: name, fingerprint, size, format and the part used.
pub(crate) fn parsed(name: &str, bytes: &[u8], format: &str, part: Option<&str>) -> Parsed {
    Parsed {
        info: InputInfo {
            name: name.into(),
            sha256: sha256_hex(bytes),
            size: bytes.len() as u64,
            format: format.into(),
            source_part: part.map(str::to_owned),
            ..InputInfo::default()
        },
        ..Parsed::default()
    }
}

/// Money as printed on invoices and in their files: `1,130.00`, `300`, `-56.6`, `¥85.86`.
pub(crate) fn money(raw: &str) -> Option<Decimal> {
    let t: String = raw
        .trim()
        .trim_start_matches(['¥', '￥'])
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let body = t.strip_prefix('-').unwrap_or(&t);
    let ok = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|b| *b == b'.').count() <= 1
        && body.bytes().next().is_some_and(|b| b.is_ascii_digit());
    if !ok {
        return None;
    }
    t.parse().ok()
}

/// A date as documents print it: `20240514`, `2024-05-14`, `2020年04月07日`, `2024-05-14 10:00:00`.
pub(crate) fn date(raw: &str) -> Option<NaiveDate> {
    let t = raw.trim();
    let day = t.split([' ', 'T']).next().unwrap_or(t);
    let nums: Vec<&str> = day
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    let (y, m, d) = match nums.as_slice() {
        [all] if all.len() == 8 => (all.get(..4)?, all.get(4..6)?, all.get(6..)?),
        [y, m, d] if y.len() == 4 => (*y, *m, *d),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Digits only, with spaces removed (校验码 may be printed in groups of five).
pub(crate) fn digits(raw: &str) -> Option<String> {
    let t: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_accepts_printed_forms_only() {
        assert_eq!(money("1,130.00"), Some(Decimal::new(113000, 2)));
        assert_eq!(money("300"), Some(Decimal::new(300, 0)));
        assert_eq!(money("-56.6"), Some(Decimal::new(-566, 1)));
        assert_eq!(money("abc"), None);
        assert_eq!(money("***"), None);
        assert_eq!(money("1.2.3"), None);
        assert_eq!(money(".5"), None);
    }

    #[test]
    fn dates_in_document_forms() {
        let d = NaiveDate::from_ymd_opt(2020, 4, 7);
        assert_eq!(date("20200407"), d);
        assert_eq!(date("2020年04月07日"), d);
        assert_eq!(date("2020-04-07 10:00:00"), d);
        assert_eq!(date("20240532"), None);
        assert_eq!(date("2024"), None);
    }

    #[test]
    fn check_codes_lose_their_spaces() {
        assert_eq!(
            digits("01731 58164 94365 15692").as_deref(),
            Some("01731581649436515692")
        );
        assert_eq!(digits("12a"), None);
    }
}
