//! Tax rates: one of the rates the law knows, and in force on the issue date.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::amount::{money, rate_text};
use super::Finding;
use crate::diag::Severity;
use crate::model::{Field, FieldName, Invoice, LineField, Status, TaxRate};
use crate::text::Text;

/// Valid rates in per mille (thousandths): 0, 0.5% (used-car dealers, 2020年第17号公告), 1%, 1.5%,
/// 3%, 5%, 6%, 9%, 10%, 11%, 13%, 16%, 17%.
const VALID_PER_MILLE: [i64; 13] = [0, 5, 10, 15, 30, 50, 60, 90, 100, 110, 130, 160, 170];

/// Whether a rate is one the law knows (免税 and 不征税 always are).
pub fn rate_valid(rate: TaxRate) -> bool {
    match rate {
        TaxRate::Rate(r) => r
            .checked_mul(Decimal::ONE_THOUSAND)
            .is_some_and(|per_mille| {
                per_mille.fract().is_zero()
                    && VALID_PER_MILLE
                        .iter()
                        .any(|v| Decimal::from(*v) == per_mille)
            }),
        TaxRate::Exempt | TaxRate::NotTaxable => true,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// Whether a rate (in per mille) was in force on `date`. Rates not listed (6%, 3%, 5%, 0)
/// are in force at any date.
fn in_force(per_mille: i64, date: NaiveDate) -> bool {
    let cut_2017 = day(2017, 7, 1);
    let cut_2018 = day(2018, 5, 1);
    let cut_2019 = day(2019, 4, 1);
    match per_mille {
        170 | 110 => date < cut_2018,
        160 | 100 => date >= cut_2018 && date < cut_2019,
        130 => date < cut_2017 || date >= cut_2019,
        90 => date >= cut_2019,
        // The temporary 1% levy rate for small-scale taxpayers (2023年第19号公告).
        10 => date <= day(2027, 12, 31),
        _ => true,
    }
}

fn is_red(inv: &Invoice) -> bool {
    let status_red = inv
        .status
        .as_ref()
        .and_then(|f| f.value)
        .is_some_and(|s| s == Status::Red);
    status_red
        || money(&inv.total).is_some_and(|t| t.is_sign_negative() && !t.is_zero())
        || money(&inv.amount).is_some_and(|t| t.is_sign_negative() && !t.is_zero())
}

/// Runs `tax.rate_invalid` and `tax.rate_date` on the invoice's rate and each line's rate.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    let date = inv.issue_date.as_ref().and_then(|f| f.value);
    let red = is_red(inv);
    let mut rates: Vec<(&Field<TaxRate>, Option<u32>, Option<&str>)> = Vec::new();
    if let Some(f) = &inv.rate {
        rates.push((f, None, inv.column(FieldName::TaxRate)));
    }
    for line in &inv.lines {
        if let Some(f) = &line.rate {
            rates.push((f, line.place.row, line.column(LineField::Rate)));
        }
    }
    for (field, row, column) in rates {
        let raw = field.raw.trim();
        let finding = |rule, severity, message| {
            let action = if rule == "tax.rate_date" {
                Text::new(
                    "核对税率与开票日期；若为补开或红字发票可忽略。",
                    "Check the rate and the issue date; ignore for a supplementary or red invoice.",
                )
            } else {
                Text::new(
                    "对照发票原件重新录入税率。",
                    "Retype the rate from the invoice.",
                )
            };
            let mut f = Finding::new(rule, severity, inv, FieldName::TaxRate, message, action);
            f.row = row.or(f.row);
            f.column = column.map(str::to_owned).or(f.column);
            f.value = Some(field.raw.to_string());
            f
        };
        let Some(rate) = field.value else {
            if !raw.is_empty() {
                out.push(finding(
                    "tax.rate_invalid",
                    Severity::Error,
                    Text::new(
                        format!("税率“{raw}”无法识别。"),
                        format!("The rate “{raw}” is not readable."),
                    ),
                ));
            }
            continue;
        };
        if !rate_valid(rate) {
            out.push(finding(
                "tax.rate_invalid",
                Severity::Error,
                Text::new(
                    format!("税率 {} 不是有效的增值税税率或征收率。", rate_text(rate)),
                    format!(
                        "The rate {} is not a valid VAT rate or levy rate.",
                        rate_text(rate)
                    ),
                ),
            ));
            continue;
        }
        let (TaxRate::Rate(r), Some(date), false) = (rate, date, red) else {
            continue;
        };
        let per_mille = r
            .checked_mul(Decimal::ONE_THOUSAND)
            .and_then(|p| i64::try_from(p.trunc()).ok())
            .unwrap_or(0);
        if !in_force(per_mille, date) {
            out.push(finding("tax.rate_date", Severity::Warning, Text::new(
                format!("税率 {} 在开票日期 {date} 未施行（2018-05-01 17%→16%、11%→10%；2019-04-01 16%→13%、10%→9%）。", rate_text(rate)),
                format!("The rate {} was not in force on the issue date {date} (2018-05-01: 17%→16%, 11%→10%; 2019-04-01: 16%→13%, 10%→9%).", rate_text(rate)),
            )));
        }
    }
}
