//! Value normalisers: the text of one cell in, a typed value out.
//!
//! Every reader (tables, XML, OFD, QR) and every rule uses these, so one cell means the same
//! thing wherever it was read. Each function returns `None` for text it cannot read with
//! confidence; the caller keeps the raw text (see [`crate::model::Field`]) so a rule can say
//! why. Nothing here guesses or repairs: a damaged invoice number stays damaged.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::str::FromStr;

use crate::model::{Field, InvoiceKind, Name, Raw, Status, TaxRate};

/// Folds full-width forms to their ASCII twins, as Unicode NFKC does for them.
///
/// `１２３` → `123`, `（` → `(`, `，` → `,`, the ideographic space → a space, `￥` → `¥`.
/// Other characters (Chinese text) are kept as they are.
pub fn fold_width(s: &str) -> String {
    folded(s).into_owned()
}

/// [`fold_width`] without a copy when there is nothing to fold (the common, ASCII case).
fn folded(s: &str) -> Cow<'_, str> {
    let needs = |c: char| {
        matches!(
            c,
            '\u{FF01}'..='\u{FF5E}' | '\u{3000}' | '\u{FFE5}' | '\u{FFE0}'
        )
    };
    if s.is_ascii() || !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '\u{3000}' => ' ',
                '\u{FFE5}' => '¥',
                '\u{FFE0}' => '¢',
                _ => c,
            })
            .collect(),
    )
}

/// True when the cell holds nothing: empty or only spaces.
pub fn is_blank(raw: &str) -> bool {
    raw.chars().all(|c| c.is_whitespace() || c == '\u{3000}')
}

/// True when the cell is masked with asterisks (`***`), as invoices print an exempt tax.
pub fn is_masked(raw: &str) -> bool {
    let t = folded(raw);
    let t = t.trim();
    !t.is_empty() && t.chars().all(|c| c == '*')
}

/// Reads an amount of money: `1,130.00`, `¥1130.00`, `￥1,130`, full-width digits,
/// `(100.00)` and `-100.00` for negatives, an optional trailing `元`.
///
/// Returns `None` for blank or masked (`***`) cells and for anything that is not plainly a
/// decimal number: exponents (`1e309`), `NaN`, misplaced thousands separators (`12,34,56.7`),
/// or more digits than a [`Decimal`] holds.
pub fn money(raw: &str) -> Option<Decimal> {
    match plain_decimal(raw.as_bytes()) {
        Some((mantissa, scale)) => Some(Decimal::new(mantissa, scale)),
        None => written_money(raw),
    }
}

/// [`money`] for every way of writing it.
fn written_money(raw: &str) -> Option<Decimal> {
    let plain = folded(raw);
    let mut t = plain.trim();
    let mut negative = false;
    if let Some(inner) = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        negative = true;
        t = inner.trim();
    }
    for prefix in ['-', '\u{2212}'] {
        if let Some(rest) = t.strip_prefix(prefix) {
            if negative {
                return None;
            }
            negative = true;
            t = rest.trim_start();
        }
    }
    t = t.strip_prefix('+').unwrap_or(t);
    for prefix in ["¥", "CNY", "RMB"] {
        t = t.strip_prefix(prefix).unwrap_or(t).trim_start();
    }
    // A sign may also follow the currency sign: ¥-100.00.
    if let Some(rest) = t.strip_prefix('-') {
        if negative {
            return None;
        }
        negative = true;
        t = rest;
    }
    t = t.strip_suffix('元').unwrap_or(t).trim_end();
    let digits = plain_number(t)?;
    let value = Decimal::from_str(&digits).ok()?;
    Some(if negative { -value } else { value })
}

/// The common cell, `1130.25` or `1130` (at most 18 digits, nothing else), as mantissa and
/// scale: read in one pass instead of through the general path.
fn plain_decimal(b: &[u8]) -> Option<(i64, u32)> {
    let (int, frac) = match b.iter().position(|&c| c == b'.') {
        Some(dot) => (&b[..dot], &b[dot + 1..]),
        None => (b, &b[b.len()..]),
    };
    let dotted = int.len() < b.len();
    if int.is_empty() || (dotted && frac.is_empty()) || int.len() + frac.len() > 18 {
        return None;
    }
    let mut mantissa: i64 = 0;
    for &c in int.iter().chain(frac) {
        if !c.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa * 10 + i64::from(c - b'0');
    }
    Some((mantissa, frac.len() as u32))
}

/// Checks `t` is `d+(,ddd)*(.d*)?` or `d*.d+` and returns it without separators (borrowed
/// when it has none, the common case).
fn plain_number(t: &str) -> Option<Cow<'_, str>> {
    let simple = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match t.split_once('.') {
        None if simple(t) => return Some(Cow::Borrowed(t)),
        Some((i, f)) if simple(i) && simple(f) => return Some(Cow::Borrowed(t)),
        _ => {}
    }
    let (int, frac) = match t.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (t, None),
    };
    if let Some(f) = frac {
        if !f.bytes().all(|b| b.is_ascii_digit()) || (f.is_empty() && int.is_empty()) {
            return None;
        }
    }
    if int.is_empty() && frac.is_none() {
        return None;
    }
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    if !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let mut out: String = groups.concat();
    if out.is_empty() {
        out.push('0');
    }
    if let Some(f) = frac.filter(|f| !f.is_empty()) {
        out.push('.');
        out.push_str(f);
    }
    Some(Cow::Owned(out))
}

/// Which day an Excel date serial counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateSystem {
    /// Windows Excel: serial 1 is 1900-01-01, with Lotus's phantom 1900-02-29 at serial 60.
    #[default]
    Excel1900,
    /// Old Mac Excel: serial 0 is 1904-01-01.
    Excel1904,
}

/// Converts an Excel date serial (the time of day is dropped) to a date.
///
/// Returns `None` for serials before the system's first day, the phantom 1900-02-29, values past
/// 9999-12-31, and non-finite numbers.
pub fn excel_date(serial: f64, system: DateSystem) -> Option<NaiveDate> {
    if !serial.is_finite() || !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    match system {
        DateSystem::Excel1900 => {
            let base = NaiveDate::from_ymd_opt(1899, 12, 31)?;
            match days {
                0 | 60 => None,
                1..=59 => base.checked_add_signed(Duration::days(days)),
                _ => base.checked_add_signed(Duration::days(days - 1)),
            }
        }
        DateSystem::Excel1904 => {
            NaiveDate::from_ymd_opt(1904, 1, 1)?.checked_add_signed(Duration::days(days))
        }
    }
}

/// Reads a date as written in the 1900 date system; see [`date_in`].
pub fn date(raw: &str) -> Option<NaiveDate> {
    date_in(raw, DateSystem::Excel1900)
}

/// Reads a date: `2024-11-05`, `2024/11/5`, `2024.11.05`, `2024年11月5日`, `20241105`, with an
/// optional time (`2024-11-05 14:23:11`, `2024-11-05T14:23:11`), or a five-digit Excel serial
/// written as text (`45601`, counted in `system`).
///
/// Impossible dates (`2024-02-30`) are `None`.
pub fn date_in(raw: &str, system: DateSystem) -> Option<NaiveDate> {
    match iso_date(raw.as_bytes()) {
        Some(ymd) => ymd,
        None => written_date(raw, system),
    }
}

/// [`date_in`] for every way of writing it.
fn written_date(raw: &str, system: DateSystem) -> Option<NaiveDate> {
    let plain = folded(raw);
    let t = plain.trim();
    // Drop a time of day: after a space or a `T` following the date.
    let day_part = match t.find([' ', 'T']) {
        Some(i) => {
            let time = t[i + 1..].trim();
            if !time
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
            {
                return None;
            }
            &t[..i]
        }
        None => t,
    };
    if day_part.len() == 8 && day_part.bytes().all(|b| b.is_ascii_digit()) {
        let y = day_part[..4].parse().ok()?;
        let m = day_part[4..6].parse().ok()?;
        let d = day_part[6..].parse().ok()?;
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    if day_part.len() == 5 && day_part.bytes().all(|b| b.is_ascii_digit()) {
        let serial: f64 = day_part.parse().ok()?;
        return excel_date(serial, system);
    }
    let parts: Vec<&str> = day_part
        .trim_end_matches('日')
        .split(['-', '/', '.', '年', '月'])
        .collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !parts[0].bytes().all(|b| b.is_ascii_digit()) || !small(parts[1]) || !small(parts[2]) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        parts[0].parse().ok()?,
        parts[1].parse().ok()?,
        parts[2].parse().ok()?,
    )
}

/// The common cell, `2024-11-05` or `2024-11-05 14:23:11`, read without splitting:
/// `Some(date or None for an impossible date)`, or `None` to take the general path.
fn iso_date(b: &[u8]) -> Option<Option<NaiveDate>> {
    let time_ok = match b.get(10..) {
        Some([]) => true,
        Some([b' ' | b'T', time @ ..]) => {
            !time.is_empty()
                && time
                    .iter()
                    .all(|&c| c.is_ascii_digit() || c == b':' || c == b'.')
        }
        _ => false,
    };
    let number = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if !time_ok || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    Some(NaiveDate::from_ymd_opt(y as i32, m, d))
}

/// Reads a tax rate: `13%`, `0.13`, `13` (a bare number of 1 or more is a percentage),
/// `免税`, `不征税`. Blank, masked (`***`) and rates of 100% or more are `None`.
pub fn tax_rate(raw: &str) -> Option<TaxRate> {
    // The common cell, `13%`, without the general path.
    if let [d @ .., b'%'] = raw.as_bytes() {
        if (1..=2).contains(&d.len()) && d.iter().all(u8::is_ascii_digit) {
            let n = d.iter().fold(0, |n, &c| n * 10 + i64::from(c - b'0'));
            return Some(TaxRate::Rate(Decimal::new(n, 2).normalize()));
        }
    }
    written_rate(raw)
}

/// [`tax_rate`] for every way of writing it.
fn written_rate(raw: &str) -> Option<TaxRate> {
    let plain = folded(raw);
    let t = without_spaces(&plain);
    match &*t {
        "免税" | "免征" | "免征增值税" => return Some(TaxRate::Exempt),
        "不征税" | "不征收" | "不征" => return Some(TaxRate::NotTaxable),
        _ => {}
    }
    let (number, percent) = match t.strip_suffix('%') {
        Some(n) => (n, true),
        None => (&*t, false),
    };
    let n = Decimal::from_str(&plain_number(number)?).ok()?;
    let fraction = if percent || n >= Decimal::ONE {
        n / Decimal::ONE_HUNDRED
    } else {
        n
    };
    (fraction < Decimal::ONE).then(|| TaxRate::Rate(fraction.normalize()))
}

/// Reads a 发票状态 word by meaning: 正常, 作废/已作废, 已红冲/已红冲-全额/全额红冲/红冲,
/// 已红冲-部分/部分红冲, 红字, 失控/异常. Unknown words are `None`.
pub fn status(raw: &str) -> Option<Status> {
    let plain = folded(raw);
    let t = lower(plain.trim());
    if t.is_empty() {
        return None;
    }
    let has = |w: &str| t.contains(w);
    Some(if has("作废") || has("void") {
        Status::Voided
    } else if has("红冲") && has("部分") || has("partly") || has("partial") {
        Status::PartlyReversed
    } else if has("红冲") || has("reversed") {
        Status::Reversed
    } else if has("红字") || t == "red" {
        Status::Red
    } else if has("失控") || has("异常") || has("abnormal") {
        Status::Abnormal
    } else if has("正常") || t == "normal" {
        Status::Normal
    } else {
        return None;
    })
}

/// Reads 是否正数发票: 是/Y/yes/true/1 → `true`, 否/N/no/false/0 → `false`.
pub fn positive(raw: &str) -> Option<bool> {
    match &*lower(folded(raw).trim()) {
        "是" | "y" | "yes" | "true" | "1" | "正数" | "蓝字" => Some(true),
        "否" | "n" | "no" | "false" | "0" | "负数" | "红字" => Some(false),
        _ => None,
    }
}

/// Combines 发票状态 with 是否正数发票: a negative (red) invoice that is otherwise normal, or
/// has no status, is [`Status::Red`]; a voided or reversed one keeps that status.
pub fn status_with_positive(
    status_raw: Option<&str>,
    positive_raw: Option<&str>,
) -> Option<Status> {
    combine_status(status_raw.and_then(status), positive_raw.and_then(positive))
}

/// [`status_with_positive`] on the two values already read.
pub(crate) fn combine_status(status: Option<Status>, positive: Option<bool>) -> Option<Status> {
    match status {
        Some(Status::Normal) | None if positive == Some(false) => Some(Status::Red),
        other => other,
    }
}

/// Reads a 发票票种 word: 数电发票（增值税专用发票）, 数电票（普通发票）, 电子发票（普通发票）,
/// 增值税电子普通发票, 增值税专用发票, 机动车销售统一发票, … Blank is `None`; an unknown word is
/// [`InvoiceKind::Other`].
pub fn invoice_kind(raw: &str) -> Option<InvoiceKind> {
    let plain = folded(raw);
    let t = without_spaces(&plain);
    if t.is_empty() {
        return None;
    }
    let has = |w: &str| t.contains(w);
    let special = has("专用") || has("专票");
    let ordinary = has("普通") || has("普票");
    let digital = has("数电") || has("全电") || t.starts_with("电子发票(");
    Some(if has("二手车") {
        InvoiceKind::UsedVehicle
    } else if has("机动车") {
        InvoiceKind::MotorVehicle
    } else if has("通行费") {
        InvoiceKind::Toll
    } else if has("货物运输") || has("货运") {
        InvoiceKind::Freight
    } else if has("卷") {
        InvoiceKind::Roll
    } else if digital && special {
        InvoiceKind::DigitalSpecial
    } else if digital && ordinary {
        InvoiceKind::DigitalOrdinary
    } else if has("电子") && special {
        InvoiceKind::ElectronicSpecial
    } else if has("电子") && ordinary {
        InvoiceKind::ElectronicOrdinary
    } else if special {
        InvoiceKind::Special
    } else if ordinary {
        InvoiceKind::Ordinary
    } else {
        InvoiceKind::Other
    })
}

/// Cleans an identifier: folds full-width forms, drops every space (inside too).
pub fn clean_id(raw: &str) -> String {
    clean(raw).into_owned()
}

/// [`clean_id`], borrowed from `raw` when it is clean already (almost every cell).
fn clean(raw: &str) -> Cow<'_, str> {
    let t = raw.trim();
    if t.bytes().all(|b| b.is_ascii_graphic()) {
        return Cow::Borrowed(t);
    }
    Cow::Owned(folded(t).chars().filter(|c| !c.is_whitespace()).collect())
}

/// Reads a 纳税人识别号: cleaned ([`clean_id`]) and upper-cased; `None` when blank.
pub fn tax_id(raw: &str) -> Option<Raw> {
    owned(tax_id_in(raw))
}

/// [`tax_id`], borrowed from `raw` when it needs no change.
pub(crate) fn tax_id_in(raw: &str) -> Option<Cow<'_, str>> {
    let t = clean(raw);
    if t.is_empty() {
        return None;
    }
    if !t.chars().any(char::is_lowercase) {
        return Some(t);
    }
    Some(Cow::Owned(if t.is_ascii() {
        t.to_ascii_uppercase()
    } else {
        t.to_uppercase()
    }))
}

fn owned(value: Option<Cow<'_, str>>) -> Option<Raw> {
    value.map(Raw::from)
}

/// `s` without whitespace; borrowed when it has none.
fn without_spaces(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_whitespace) {
        Cow::Owned(s.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` lower-cased; borrowed when it has no upper-case letter (Chinese words, most cells).
fn lower(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Reads an all-digit identifier (发票号码, 发票代码, 校验码): cleaned ([`clean_id`]), kept only
/// when every character is a digit.
///
/// `2.41123E+19`, `24112000000012345678.0` and `'2411…` are `None`: the raw text tells the
/// validation rule `invoice_number.excel_damaged` what happened. Never repaired here.
pub fn digits(raw: &str) -> Option<Raw> {
    owned(digits_in(raw))
}

/// [`digits`], borrowed from `raw` when it needs no cleaning.
pub(crate) fn digits_in(raw: &str) -> Option<Cow<'_, str>> {
    let t = clean(raw);
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

/// Reads free text (names, remarks): trimmed; `None` when blank.
pub fn text(raw: &str) -> Option<Raw> {
    owned(text_in(raw))
}

/// [`text`], borrowed from `raw`.
pub(crate) fn text_in(raw: &str) -> Option<Cow<'_, str>> {
    let t = raw.trim();
    (!t.is_empty()).then_some(Cow::Borrowed(t))
}

/// Builds a [`Field`] from a cell, with the column it came from: `None` when the cell is blank,
/// otherwise the raw text with the value `read` found in it (or `None` when it could not be
/// read).
pub fn field<T>(
    raw: &str,
    column: impl Into<Name>,
    read: impl FnOnce(&str) -> Option<T>,
) -> Option<(Field<T>, Name)> {
    if is_blank(raw) {
        return None;
    }
    Some((
        Field {
            value: read(raw),
            raw: raw.into(),
        },
        column.into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("test literal")
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn money_accepts_what_people_write() {
        for (raw, want) in [
            ("1,130.00", "1130.00"),
            ("¥1130.00", "1130.00"),
            ("￥1,130", "1130"),
            ("１，１３０．００", "1130.00"),
            ("(100.00)", "-100.00"),
            ("（100.00）", "-100.00"),
            ("-100.00", "-100.00"),
            ("¥-5", "-5"),
            ("  56 ", "56"),
            ("1130元", "1130"),
            (".5", "0.5"),
            ("0", "0"),
            ("1,234,567.891", "1234567.891"),
        ] {
            assert_eq!(money(raw), Some(dec(want)), "{raw}");
        }
    }

    #[test]
    fn money_rejects_what_is_not_plainly_money() {
        for raw in [
            "",
            "***",
            "1e309",
            "1E5",
            "NaN",
            "inf",
            "12,34,56.7",
            "1,23",
            ",123",
            "1.2.3",
            "--5",
            "(-5)",
            "abc",
            "12 34",
            ".",
            "99999999999999999999999999999999",
        ] {
            assert_eq!(money(raw), None, "{raw}");
        }
        assert!(is_masked("***") && is_masked(" ＊＊＊ ") && !is_masked("") && !is_masked("1*"));
    }

    #[test]
    fn dates_in_every_written_form() {
        let want = ymd(2024, 11, 5);
        for raw in [
            "2024-11-05",
            "2024/11/5",
            "2024年11月5日",
            "2024年11月05日",
            "20241105",
            "2024-11-05 14:23:11",
            "2024-11-05T14:23:11",
            "2024.11.05",
            "２０２４－１１－０５",
            "45601",
        ] {
            assert_eq!(date(raw), want, "{raw}");
        }
        for raw in [
            "2024-02-30",
            "",
            "2024-13-01",
            "24-11-05",
            "2024-11",
            "abc",
            "2024-11-05 noon",
            "0",
        ] {
            assert_eq!(date(raw), None, "{raw}");
        }
        assert_eq!(date_in("44139", DateSystem::Excel1904), want);
    }

    #[test]
    fn excel_serials_in_both_systems() {
        assert_eq!(excel_date(1.0, DateSystem::Excel1900), ymd(1900, 1, 1));
        assert_eq!(excel_date(59.0, DateSystem::Excel1900), ymd(1900, 2, 28));
        assert_eq!(excel_date(60.0, DateSystem::Excel1900), None);
        assert_eq!(excel_date(61.0, DateSystem::Excel1900), ymd(1900, 3, 1));
        assert_eq!(excel_date(45601.6, DateSystem::Excel1900), ymd(2024, 11, 5));
        assert_eq!(excel_date(0.0, DateSystem::Excel1904), ymd(1904, 1, 1));
        assert_eq!(excel_date(44139.0, DateSystem::Excel1904), ymd(2024, 11, 5));
        assert_eq!(excel_date(f64::NAN, DateSystem::Excel1900), None);
        assert_eq!(excel_date(-1.0, DateSystem::Excel1904), None);
        assert_eq!(excel_date(1e12, DateSystem::Excel1900), None);
    }

    /// The fast paths for the common cells give what the general paths give, scale included.
    #[test]
    fn fast_paths_agree_with_the_general_reading() {
        let shown = |d: Option<Decimal>| d.map(|d| d.to_string());
        for raw in [
            "1130.25",
            "1130",
            "0.5",
            "0123.40",
            "0",
            "100.000",
            "5.",
            ".5",
            "1.2.3",
            "12a",
            "999999999999999999",
            "9999999999999999999",
            "99999999.9999999999",
            "-1.5",
            "",
        ] {
            assert_eq!(shown(money(raw)), shown(written_money(raw)), "{raw}");
        }
        assert_eq!(shown(money("1130.250")), Some("1130.250".to_string()));
        for raw in [
            "2024-11-05",
            "2024-11-05 14:23:11",
            "2024-11-05T14:23:11",
            "2024-02-30",
            "2024-11-05 ",
            "2024-11-05 noon",
            "2024-1-05",
            "2024-11-5x",
            "2024/11/05",
            "2024-11-05T",
        ] {
            let system = DateSystem::Excel1900;
            assert_eq!(date_in(raw, system), written_date(raw, system), "{raw}");
        }
        for raw in ["13%", "9%", "0%", "10%", "99%", "100%", "1.5%", "%", "a%"] {
            let shown = |r: Option<TaxRate>| format!("{r:?}");
            assert_eq!(shown(tax_rate(raw)), shown(written_rate(raw)), "{raw}");
        }
    }

    #[test]
    fn tax_rates() {
        let r = |s: &str| Some(TaxRate::Rate(dec(s)));
        assert_eq!(tax_rate("13%"), r("0.13"));
        assert_eq!(tax_rate("0.13"), r("0.13"));
        assert_eq!(tax_rate("13"), r("0.13"));
        assert_eq!(tax_rate("１３％"), r("0.13"));
        assert_eq!(tax_rate("1.5%"), r("0.015"));
        assert_eq!(tax_rate("0%"), r("0"));
        assert_eq!(tax_rate("免税"), Some(TaxRate::Exempt));
        assert_eq!(tax_rate("不征税"), Some(TaxRate::NotTaxable));
        for raw in ["***", "", "abc", "100%", "1e2"] {
            assert_eq!(tax_rate(raw), None, "{raw}");
        }
        // One value, whichever way it was written.
        assert_eq!(
            format!("{:?}", tax_rate("13%")),
            format!("{:?}", tax_rate("0.13"))
        );
    }

    #[test]
    fn status_by_meaning() {
        use Status::*;
        for (raw, want) in [
            ("正常", Normal),
            ("作废", Voided),
            ("已作废", Voided),
            ("已红冲", Reversed),
            ("已红冲-全额", Reversed),
            ("全额红冲", Reversed),
            ("红冲", Reversed),
            ("已红冲-部分", PartlyReversed),
            ("部分红冲", PartlyReversed),
            ("红字", Red),
            ("失控", Abnormal),
            ("异常", Abnormal),
        ] {
            assert_eq!(status(raw), Some(want), "{raw}");
        }
        assert_eq!(status("待定"), None);
        assert_eq!(status_with_positive(Some("正常"), Some("否")), Some(Red));
        assert_eq!(status_with_positive(None, Some("否")), Some(Red));
        assert_eq!(
            status_with_positive(Some("已作废"), Some("否")),
            Some(Voided)
        );
        assert_eq!(status_with_positive(Some("正常"), Some("是")), Some(Normal));
        assert_eq!(positive("否"), Some(false));
        assert_eq!(positive("maybe"), None);
    }

    #[test]
    fn invoice_kinds() {
        use InvoiceKind::*;
        for (raw, want) in [
            ("数电发票（增值税专用发票）", DigitalSpecial),
            ("数电票（普通发票）", DigitalOrdinary),
            ("数电发票(普通发票)", DigitalOrdinary),
            ("电子发票（增值税专用发票）", DigitalSpecial),
            ("全电发票（普通发票）", DigitalOrdinary),
            ("增值税电子普通发票", ElectronicOrdinary),
            ("增值税电子专用发票", ElectronicSpecial),
            ("增值税专用发票", Special),
            ("增值税普通发票", Ordinary),
            ("增值税普通发票（卷票）", Roll),
            ("增值税电子普通发票（通行费）", Toll),
            ("机动车销售统一发票", MotorVehicle),
            ("二手车销售统一发票", UsedVehicle),
            ("货物运输业增值税专用发票", Freight),
            ("火车票", Other),
        ] {
            assert_eq!(invoice_kind(raw), Some(want), "{raw}");
        }
        assert_eq!(invoice_kind(" "), None);
    }

    #[test]
    fn identifiers_are_cleaned_never_repaired() {
        assert_eq!(tax_id(" 9111 0105ｘ "), Some("91110105X".into()));
        assert_eq!(tax_id("  "), None);
        assert_eq!(
            digits("２４１１２０００ 000012345678"),
            Some("24112000000012345678".into())
        );
        assert_eq!(digits("0110 0190 0311"), Some("011001900311".into()));
        for raw in ["2.41123E+19", "24112000000012345678.0", "'2411", "", "12a"] {
            assert_eq!(digits(raw), None, "{raw}");
        }
    }

    #[test]
    fn fields_keep_raw_text() {
        let (f, column) = field(" 2.41123E+19", "C", digits).expect("not blank");
        assert_eq!(f.value, None);
        assert_eq!(&*f.raw, " 2.41123E+19");
        assert_eq!(&*column, "C");
        assert!(field("   ", "C", digits).is_none());
        assert_eq!(
            field("13%", "G", tax_rate).and_then(|(f, _)| f.value),
            tax_rate("0.13")
        );
        assert_eq!(text("  备注 "), Some("备注".into()));
    }
}
