//! Whether the invoice was made out to the user (received) or by the user (issued).

use super::{compact, Context, Direction, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::text::Text;

/// Runs `buyer.tax_id_mismatch` when the user gave their own tax id.
pub(crate) fn check(inv: &Invoice, ctx: &Context, out: &mut Vec<Finding>) {
    let Some(mine) = ctx.my_tax_id.as_deref().map(|s| s.trim().to_uppercase()) else {
        return;
    };
    let (field, zh, en) = match ctx.direction {
        Direction::Received => (FieldName::BuyerTaxId, "购方", "buyer"),
        Direction::Issued => (FieldName::SellerTaxId, "销方", "seller"),
    };
    let Some(theirs) = compact(inv, field).map(|s| s.to_uppercase()) else {
        return;
    };
    if theirs != mine {
        out.push(Finding::new(
            "buyer.tax_id_mismatch",
            Severity::Error,
            inv,
            field,
            Text::new(
                format!("{zh}税号“{theirs}”不是本单位税号“{mine}”。"),
                format!("The {en} tax id “{theirs}” is not your tax id “{mine}”."),
            ),
            match ctx.direction {
                Direction::Received => Text::new(
                    "请销售方按本单位信息重开发票。",
                    "Ask the seller to reissue the invoice to your company.",
                ),
                Direction::Issued => Text::new(
                    "该发票不是本单位开具的，请从台账中移除。",
                    "Your company did not issue this invoice: remove it from the ledger.",
                ),
            },
        ));
    }
}
