//! QR inputs: the fields a payload carried must make a checkable invoice.
//!
//! [`check_payload`] checks a payload's text with the QR reader's own field checks (count,
//! version, type code, code and number shape, amount, date, check code, tail) and turns each
//! problem into a finding. `validate` checks each invoice of a QR input the same way: type
//! code against number and code shape, date and amount.

use super::{all_digits, code_of, number_of, Finding};
use crate::diag::{Place, Severity};
use crate::model::{FieldName, Invoice, InvoiceKind};
use crate::parse::qr::parse_payload;
use crate::text::Text;

/// Runs `qr.format` on an invoice read from a QR payload.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    let mut problems: Vec<(FieldName, Text)> = Vec::new();
    let kind = inv.kind.as_ref().and_then(|f| f.value);
    match kind {
        None | Some(InvoiceKind::Other) => {
            let raw = inv
                .raw(FieldName::InvoiceKind)
                .unwrap_or("")
                .trim()
                .to_string();
            problems.push((
                FieldName::InvoiceKind,
                Text::new(
                    format!("二维码中的票种代码“{raw}”无法识别。"),
                    format!("The QR type code “{raw}” is not a known invoice type."),
                ),
            ));
        }
        Some(k) => {
            let digital = matches!(
                k,
                InvoiceKind::DigitalSpecial | InvoiceKind::DigitalOrdinary
            );
            let number = number_of(inv).unwrap_or_default();
            let code = code_of(inv);
            let (want, ok) = if digital {
                (
                    "20 位数字且无发票代码 / 20 digits and no code",
                    number.len() == 20 && all_digits(&number) && code.is_none(),
                )
            } else {
                (
                    "8 位数字并带 10 或 12 位代码 / 8 digits with a 10- or 12-digit code",
                    number.len() == 8
                        && all_digits(&number)
                        && code
                            .as_deref()
                            .is_some_and(|c| all_digits(c) && (c.len() == 10 || c.len() == 12)),
                )
            };
            if !ok {
                problems.push((FieldName::InvoiceNumber, Text::new(
                    format!("二维码的号码“{number}”（代码“{}”）与票种不符：应为{want}。", code.clone().unwrap_or_default()),
                    format!("The QR number “{number}” (code “{}”) does not fit its type: it should be {want}.", code.unwrap_or_default()),
                )));
            }
        }
    }
    if inv.issue_date.as_ref().and_then(|f| f.value).is_none() {
        let raw = inv
            .raw(FieldName::IssueDate)
            .unwrap_or("")
            .trim()
            .to_string();
        problems.push((
            FieldName::IssueDate,
            Text::new(
                format!("二维码中的日期“{raw}”不是 YYYYMMDD 日期。"),
                format!("The QR date “{raw}” is not a YYYYMMDD date."),
            ),
        ));
    }
    let amount_field = if inv.amount.is_some() {
        FieldName::Amount
    } else {
        FieldName::Total
    };
    let amount_ok = inv
        .amount
        .as_ref()
        .or(inv.total.as_ref())
        .and_then(|f| f.value)
        .is_some();
    if !amount_ok {
        let raw = inv.raw(amount_field).unwrap_or("").trim().to_string();
        problems.push((
            amount_field,
            Text::new(
                format!("二维码中的金额“{raw}”不是数字。"),
                format!("The QR amount “{raw}” is not a number."),
            ),
        ));
    }
    for (field, message) in problems {
        out.push(Finding::new(
            "qr.format",
            Severity::Error,
            inv,
            field,
            message,
            rescan(),
        ));
    }
}

fn rescan() -> Text {
    Text::new(
        "重新扫描发票二维码，或改为手工录入。",
        "Scan the invoice's QR code again, or type the fields by hand.",
    )
}

/// Checks one payload's text (`place` says where it was found, such as a line of a file):
/// every problem the QR reader finds is a `qr.format` finding; a readable payload is then
/// checked as an invoice (type code against number and code shape, date, amount).
pub fn check_payload(text: &str, place: &Place) -> Vec<Finding> {
    match parse_payload(text) {
        Ok(payload) => {
            let mut inv = payload.to_invoice(&place.file);
            inv.origin.place = place.clone();
            let mut out = Vec::new();
            check(&inv, &mut out);
            out
        }
        Err(e) => e
            .problems
            .into_iter()
            .map(|p| Finding {
                rule: "qr.format".into(),
                severity: Severity::Error,
                file: place.file.to_string(),
                sheet: place.sheet.as_deref().map(str::to_string),
                row: place.row,
                column: place.column.as_deref().map(str::to_string),
                field: None,
                value: Some(text.trim().to_string()),
                invoice_number: None,
                message: Text::new(
                    format!("二维码内容“{}”有误：{}。", text.trim(), p.zh),
                    format!("The QR payload “{}” is wrong: {}.", text.trim(), p.en),
                ),
                action: rescan(),
            })
            .collect(),
    }
}
