//! Issue dates: readable, not after the as-of date, not older than the platform can check.

use chrono::Months;

use super::{Context, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::text::Text;

/// How far back the check platform goes.
const PLATFORM_YEARS: u32 = 5;

/// Runs `date.format`, `date.future` and `date.too_old`.
pub(crate) fn check(inv: &Invoice, ctx: &Context, out: &mut Vec<Finding>) {
    let Some(field) = &inv.issue_date else {
        return;
    };
    let raw = field.raw.trim();
    let Some(date) = field.value else {
        if !raw.is_empty() {
            out.push(Finding::new(
                "date.format",
                Severity::Error,
                inv,
                FieldName::IssueDate,
                Text::new(
                    format!("开票日期“{raw}”无法识别为日期。"),
                    format!("The issue date “{raw}” is not a readable date."),
                ),
                Text::new(
                    "以 YYYY-MM-DD 格式填写开票日期。",
                    "Write the issue date as YYYY-MM-DD.",
                ),
            ));
        }
        return;
    };
    let as_of = ctx.as_of;
    if date > as_of {
        out.push(Finding::new(
            "date.future",
            Severity::Error,
            inv,
            FieldName::IssueDate,
            Text::new(
                format!("开票日期 {date} 晚于核对日期 {as_of}。"),
                format!("The issue date {date} is after the as-of date {as_of}."),
            ),
            Text::new(
                "核对开票日期，或用 --as-of 指定正确的核对日期。",
                "Check the issue date, or give the right date with --as-of.",
            ),
        ));
    } else if as_of
        .checked_sub_months(Months::new(12 * PLATFORM_YEARS))
        .is_some_and(|limit| date < limit)
    {
        out.push(Finding::new(
            "date.too_old",
            Severity::Warning,
            inv,
            FieldName::IssueDate,
            Text::new(
                format!("开票日期 {date} 早于核对日期 {as_of} 五年以上，查验平台无法查验。"),
                format!("The issue date {date} is more than 5 years before {as_of}; the check platform cannot check it."),
            ),
            Text::new(
                "核对开票日期；过旧的发票无法在平台查验。",
                "Check the issue date; the platform cannot check invoices that old.",
            ),
        ));
    }
}
