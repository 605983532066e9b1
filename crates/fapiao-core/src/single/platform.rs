//! What to type on the national check platform (全国增值税发票查验平台) for one invoice, and
//! its limits. Only that platform can say an invoice is genuine; this prepares the entry.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::{FieldName, Invoice, InvoiceKind};
use crate::text::Text;

/// Which set of values the platform asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryForm {
    /// 专票 (01, 08, 03, 15): code + number + date + amount excluding tax.
    Special,
    /// 普票 (04, 10, 11, 14): code + number + date + last 6 digits of the check code.
    Ordinary,
    /// 数电: 20-digit number + date + total including tax.
    Digital,
}

impl EntryForm {
    /// The form for a kind; `None` for kinds the platform does not check this way.
    pub fn of(kind: InvoiceKind) -> Option<EntryForm> {
        use InvoiceKind::*;
        match kind {
            Special | ElectronicSpecial | MotorVehicle | UsedVehicle | Freight => {
                Some(EntryForm::Special)
            }
            Ordinary | ElectronicOrdinary | Roll | Toll => Some(EntryForm::Ordinary),
            DigitalSpecial | DigitalOrdinary => Some(EntryForm::Digital),
            Other => None,
        }
    }
}

/// One box to fill in on the platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryItem {
    /// The box's name as the platform shows it, and in English.
    pub label: Text,
    /// The field it is taken from.
    pub field: FieldName,
    /// What to type; `None` when no source gave it.
    pub value: Option<String>,
}

/// What to enter on the platform for one invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformEntry {
    /// Which form applies.
    pub form: EntryForm,
    /// The boxes, in the platform's order.
    pub items: Vec<EntryItem>,
}

/// The platform's limits, as text for the user.
pub fn limits() -> Vec<Text> {
    vec![
        Text::new(
            "开票当日不能查验，次日起可查。",
            "An invoice cannot be checked on the day it was issued; from the next day on it can.",
        ),
        Text::new(
            "同一张发票每天最多查验 5 次。",
            "Each invoice can be checked at most 5 times a day.",
        ),
        Text::new(
            "可查验 5 年内开具的发票。",
            "Invoices issued within the last 5 years can be checked.",
        ),
    ]
}

/// Why the platform cannot check the invoice `today`, if it cannot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateLimit {
    /// Issued in the future: the date is wrong.
    Future,
    /// Issued today: check from tomorrow.
    Today,
    /// More than 5 years old.
    TooOld,
}

/// Applies the date limits to an issue date.
pub fn date_limit(issued: NaiveDate, today: NaiveDate) -> Option<DateLimit> {
    if issued > today {
        Some(DateLimit::Future)
    } else if issued == today {
        Some(DateLimit::Today)
    } else if today
        .checked_sub_months(Months::new(60))
        .is_some_and(|d| issued < d)
    {
        Some(DateLimit::TooOld)
    } else {
        None
    }
}

/// The boxes to fill in for `form`, with values from `inv`.
pub fn entry(form: EntryForm, inv: &Invoice) -> PlatformEntry {
    let text = |f: &Option<crate::model::Field<crate::model::Raw>>| {
        f.as_ref()
            .and_then(|f| f.value.as_ref().map(|v| v.to_string()))
    };
    let money = |f: &Option<crate::model::Field<rust_decimal::Decimal>>| {
        f.as_ref()
            .and_then(|f| f.value)
            .map(|d| format!("{:.2}", d))
    };
    let date = inv
        .issue_date
        .as_ref()
        .and_then(|f| f.value)
        .map(|d| d.format("%Y-%m-%d").to_string());
    let item = |zh: &str, en: &str, field, value| EntryItem {
        label: Text::new(zh, en),
        field,
        value,
    };
    let code = item(
        "发票代码",
        "Invoice code",
        FieldName::InvoiceCode,
        text(&inv.code),
    );
    let number = item(
        "发票号码",
        "Invoice number",
        FieldName::InvoiceNumber,
        text(&inv.number),
    );
    let day = item("开票日期", "Issue date", FieldName::IssueDate, date);
    let items = match form {
        EntryForm::Special => vec![
            code,
            number,
            day,
            item(
                "开具金额(不含税)",
                "Amount excluding tax",
                FieldName::Amount,
                money(&inv.amount),
            ),
        ],
        EntryForm::Ordinary => {
            let last6 = text(&inv.check_code)
                .filter(|c| c.len() >= 6)
                .and_then(|c| c.get(c.len() - 6..).map(str::to_owned));
            vec![
                code,
                number,
                day,
                item(
                    "校验码后6位",
                    "Last 6 digits of the check code",
                    FieldName::CheckCode,
                    last6,
                ),
            ]
        }
        EntryForm::Digital => vec![
            number,
            day,
            item(
                "价税合计",
                "Total including tax",
                FieldName::Total,
                money(&inv.total),
            ),
        ],
    };
    PlatformEntry { form, items }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn date_limits() {
        let today = d(2026, 11, 26);
        assert_eq!(date_limit(d(2026, 11, 27), today), Some(DateLimit::Future));
        assert_eq!(date_limit(today, today), Some(DateLimit::Today));
        assert_eq!(date_limit(d(2026, 11, 25), today), None);
        assert_eq!(date_limit(d(2021, 11, 26), today), None);
        assert_eq!(date_limit(d(2021, 11, 25), today), Some(DateLimit::TooOld));
    }
}
