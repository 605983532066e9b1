//! The invoice's life: voided, reversed, flagged by the tax system, or itself a red invoice.

use super::amount::money;
use super::Finding;
use crate::diag::Severity;
use crate::model::{FieldName, Invoice, Status};
use crate::text::Text;

/// Runs `status.voided`, `status.red` and `status.abnormal`.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    let status = inv.status.as_ref().and_then(|f| f.value);
    let negative = [&inv.total, &inv.amount]
        .into_iter()
        .any(|f| money(f).is_some_and(|v| v.is_sign_negative() && !v.is_zero()));
    if matches!(status, None | Some(Status::Normal)) && !negative {
        return;
    }
    let raw = inv.raw(FieldName::Status).unwrap_or("").trim().to_string();
    let check_pair = Text::new(
        "核对对应的蓝字发票与红字发票是否均已入账。",
        "Check that both the original and the red invoice are booked.",
    );
    let finding = match status {
        Some(Status::Voided) => Finding::new(
            "status.voided",
            Severity::Warning,
            inv,
            FieldName::Status,
            Text::new(
                format!("发票状态为“{raw}”：已作废的发票不能入账或抵扣。"),
                format!(
                    "The status is “{raw}” (voided): the invoice cannot be booked or deducted."
                ),
            ),
            Text::new(
                "从台账中移除，或请销售方重开。",
                "Remove it from the ledger, or ask the seller to reissue.",
            ),
        ),
        Some(Status::Abnormal) => Finding::new(
            "status.abnormal",
            Severity::Warning,
            inv,
            FieldName::Status,
            Text::new(
                format!("发票状态为“{raw}”：税务系统将其标为失控或异常，不能用于抵扣。"),
                format!("The status is “{raw}”: the tax system flags it as out of control or abnormal; it cannot be deducted."),
            ),
            Text::new(
                "暂缓入账抵扣，并联系销售方或主管税务机关核实。",
                "Hold off booking and deducting it; check with the seller or the tax office.",
            ),
        ),
        Some(Status::Reversed | Status::PartlyReversed) => {
            let (zh, en) = if status == Some(Status::Reversed) {
                ("全额", "fully")
            } else {
                ("部分", "partly")
            };
            Finding::new(
                "status.red",
                Severity::Warning,
                inv,
                FieldName::Status,
                Text::new(
                    format!("发票状态为“{raw}”：已被{zh}红冲。"),
                    format!(
                        "The status is “{raw}”: the invoice was {en} reversed by a red invoice."
                    ),
                ),
                check_pair,
            )
        }
        _ => {
            let field = if status == Some(Status::Red) {
                FieldName::Status
            } else if inv.total.is_some() {
                FieldName::Total
            } else {
                FieldName::Amount
            };
            let shown = inv.raw(field).unwrap_or("").trim().to_string();
            Finding::new(
                "status.red",
                Severity::Info,
                inv,
                field,
                Text::new(
                    format!("这是一张红字（负数）发票（“{shown}”）。"),
                    format!("This is a red (negative) invoice (“{shown}”)."),
                ),
                check_pair,
            )
        }
    };
    out.push(finding);
}
