//! Comparing the fields of a matched pair after normalisation.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::model::{Field, FieldName, Invoice};
use crate::report::FieldDiff;

/// The fields compared between a ledger row and its export row, in report order.
pub(crate) const COMPARED: [FieldName; 8] = [
    FieldName::IssueDate,
    FieldName::SellerTaxId,
    FieldName::SellerName,
    FieldName::BuyerTaxId,
    FieldName::BuyerName,
    FieldName::Amount,
    FieldName::Tax,
    FieldName::Total,
];

/// Text for comparison: full-width forms folded to ASCII (`（` → `(`, `１` → `1`, as NFKC does
/// for them), whitespace removed, brackets unified, optionally upper-cased.
pub(crate) fn normalise(s: &str, upper: bool) -> String {
    crate::parse::values::fold_width(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '〔' | '【' | '［' | '[' => '(',
            '〕' | '】' | '］' | ']' => ')',
            c if upper => c.to_ascii_uppercase(),
            c => c,
        })
        .collect()
}

fn text_equal(a: &str, b: &str, upper: bool) -> bool {
    a == b || normalise(a, upper) == normalise(b, upper)
}

/// The date part of a date text (`2024-11-05 14:23:11` → `2024-11-05`), normalised.
fn date_text(raw: &str) -> String {
    let n = normalise(raw.trim().split([' ', 'T']).next().unwrap_or(""), false);
    n.replace(['/', '.'], "-")
}

fn dates_equal(a: &Field<NaiveDate>, b: &Field<NaiveDate>) -> bool {
    match (a.value, b.value) {
        (Some(x), Some(y)) => x == y,
        _ => date_text(&a.raw) == date_text(&b.raw),
    }
}

fn money_equal(a: &Field<Decimal>, b: &Field<Decimal>, tolerance: Decimal) -> bool {
    match (a.value, b.value) {
        (Some(x), Some(y)) => (x - y).abs() <= tolerance,
        _ => text_equal(&a.raw, &b.raw, false),
    }
}

/// One field of a pair: `None` when either side lacks it, else whether the values agree.
fn field_equal(field: FieldName, l: &Invoice, e: &Invoice, tolerance: Decimal) -> Option<bool> {
    fn both<'a, T>(
        a: &'a Option<Field<T>>,
        b: &'a Option<Field<T>>,
    ) -> Option<(&'a Field<T>, &'a Field<T>)> {
        Some((a.as_ref()?, b.as_ref()?))
    }
    match field {
        FieldName::IssueDate => both(&l.issue_date, &e.issue_date).map(|(a, b)| dates_equal(a, b)),
        FieldName::SellerTaxId => {
            both(&l.seller_tax_id, &e.seller_tax_id).map(|(a, b)| text_equal(&a.raw, &b.raw, true))
        }
        FieldName::BuyerTaxId => {
            both(&l.buyer_tax_id, &e.buyer_tax_id).map(|(a, b)| text_equal(&a.raw, &b.raw, true))
        }
        FieldName::SellerName => {
            both(&l.seller_name, &e.seller_name).map(|(a, b)| text_equal(&a.raw, &b.raw, false))
        }
        FieldName::BuyerName => {
            both(&l.buyer_name, &e.buyer_name).map(|(a, b)| text_equal(&a.raw, &b.raw, false))
        }
        FieldName::Amount => both(&l.amount, &e.amount).map(|(a, b)| money_equal(a, b, tolerance)),
        FieldName::Tax => both(&l.tax, &e.tax).map(|(a, b)| money_equal(a, b, tolerance)),
        FieldName::Total => both(&l.total, &e.total).map(|(a, b)| money_equal(a, b, tolerance)),
        _ => None,
    }
}

/// Compares a pair: the differing fields, and marks in `compared` which fields both sides had.
pub(crate) fn differences(
    l: &Invoice,
    e: &Invoice,
    tolerance: Decimal,
    compared: &mut [bool; COMPARED.len()],
) -> Vec<FieldDiff> {
    let mut out = Vec::new();
    for (i, field) in COMPARED.into_iter().enumerate() {
        if let Some(equal) = field_equal(field, l, e, tolerance) {
            compared[i] = true;
            if !equal {
                out.push(diff(field, l, e));
            }
        }
    }
    out
}

/// The raw texts of one field on both sides.
pub(crate) fn diff(field: FieldName, l: &Invoice, e: &Invoice) -> FieldDiff {
    FieldDiff {
        field,
        ledger: l.raw(field).unwrap_or("").to_string(),
        export: e.raw(field).unwrap_or("").to_string(),
    }
}

fn date_key(inv: &Invoice) -> Option<String> {
    let date = inv.issue_date.as_ref()?;
    Some(match date.value {
        Some(d) => d.to_string(),
        None => date_text(&date.raw),
    })
}

fn total_key(inv: &Invoice) -> Option<String> {
    let total = inv.total.as_ref()?;
    Some(match total.value {
        Some(t) => t.normalize().to_string(),
        None => normalise(&total.raw, false),
    })
}

/// Date and total of a row, normalised: where a mistyped number is looked for.
pub(crate) fn date_total(inv: &Invoice) -> Option<(String, String)> {
    Some((date_key(inv)?, total_key(inv)?))
}

/// Seller tax id, date and total, normalised: where a row without a usable number is paired.
pub(crate) fn fallback_key(inv: &Invoice) -> Option<(String, String, String)> {
    let tax_id = normalise(&inv.seller_tax_id.as_ref()?.raw, true);
    Some((tax_id, date_key(inv)?, total_key(inv)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_folds_width_space_brackets_case() {
        assert_eq!(
            normalise("华信信息技术（北京） 有限公司", false),
            normalise("华信信息技术(北京)有限公司", false)
        );
        assert_eq!(normalise("９１１１０１０５ｍｃ", true), "91110105MC");
        assert_eq!(normalise("【北京】", false), "(北京)");
        assert_eq!(normalise("ＡＢＣ　科技－上海", false), "ABC科技-上海");
    }

    #[test]
    fn date_text_drops_the_time() {
        assert_eq!(date_text("2024-11-05 14:23:11"), "2024-11-05");
        assert_eq!(date_text("2024/11/05"), "2024-11-05");
    }
}
