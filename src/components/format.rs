//! How numbers, dates and sizes are shown: 2024年11月5日 / 2024-11-05, money with thousands
//! separators and two decimals. Pure functions, tested natively.

use chrono::{Datelike, NaiveDate};
use fapiao_core::text::Lang;
use rust_decimal::Decimal;

/// A date in the UI language.
pub fn date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        // NaiveDate's Display is ISO 8601 (2024-11-05) without chrono's strftime machinery.
        Lang::En => d.to_string(),
    }
}

/// Money: thousands separators and exactly two decimals (`1,130.00`, `-12.50`).
pub fn money(v: Decimal) -> String {
    let rounded = v.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.2}", rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{grouped}.{frac}")
}

/// A value from a report cell: money-looking text gets separators, anything else is kept.
pub fn cell(raw: &str) -> String {
    match raw.trim().parse::<Decimal>() {
        Ok(v) if raw.contains('.') && raw.trim().len() < 20 => money(v),
        _ => raw.to_string(),
    }
}

/// A file size for people (`12.3 KB`).
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

/// A count with thousands separators.
pub fn count(n: u64) -> String {
    money(Decimal::from(n)).trim_end_matches(".00").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn money_has_separators_and_two_decimals() {
        let m = |s: &str| money(Decimal::from_str(s).unwrap());
        assert_eq!(m("1130"), "1,130.00");
        assert_eq!(m("1234567.891"), "1,234,567.89");
        assert_eq!(m("0.005"), "0.01");
        assert_eq!(m("-12.5"), "-12.50");
        assert_eq!(m("999"), "999.00");
        assert_eq!(m("-0.001"), "0.00");
        assert_eq!(count(100000), "100,000");
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2024, 11, 5).unwrap();
        assert_eq!(date(d, Lang::Zh), "2024年11月5日");
        assert_eq!(date(d, Lang::En), "2024-11-05");
    }

    #[test]
    fn cells_format_money_but_keep_numbers() {
        assert_eq!(cell("36131.45"), "36,131.45");
        assert_eq!(cell("24112023461726147245"), "24112023461726147245");
        assert_eq!(cell("北京"), "北京");
    }
}
