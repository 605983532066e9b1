//! Required fields: present in the file, and filled in on every record.

use std::collections::BTreeSet;

use super::Finding;
use crate::diag::Severity;
use crate::model::{FieldName, Invoice, InvoiceKind};
use crate::parse::Parsed;
use crate::text::Text;

/// Fields every invoice needs to be checked at the platform.
const REQUIRED: [FieldName; 4] = [
    FieldName::InvoiceNumber,
    FieldName::IssueDate,
    FieldName::Total,
    FieldName::SellerTaxId,
];

fn is_special(inv: &Invoice) -> bool {
    matches!(
        inv.kind.as_ref().and_then(|f| f.value),
        Some(InvoiceKind::Special | InvoiceKind::ElectronicSpecial | InvoiceKind::DigitalSpecial)
    )
}

fn action() -> Text {
    Text::new(
        "补全该字段，或用 --map 指定对应的列。",
        "Fill the field in, or name its column with --map.",
    )
}

/// Runs `field.missing`: a file-level warning per absent column, an error per empty cell.
///
/// A QR payload never carries tax ids or totals, so absent fields are not reported for QR inputs.
pub(crate) fn check(parsed: &Parsed, present: &BTreeSet<FieldName>, out: &mut Vec<Finding>) {
    for field in REQUIRED {
        if present.contains(&field) || parsed.invoices.is_empty() || parsed.info.format == "qr" {
            continue;
        }
        let label = field.label();
        out.push(Finding {
            rule: "field.missing".into(),
            severity: Severity::Warning,
            file: parsed.info.name.clone(),
            sheet: parsed.info.sheet.clone(),
            row: None,
            column: None,
            field: Some(field.id().into()),
            value: None,
            invoice_number: None,
            message: Text::new(
                format!("文件中没有“{}”列，依赖它的检查无法进行。", label.zh),
                format!(
                    "The file has no “{}” column; checks that need it cannot run.",
                    label.en
                ),
            ),
            action: action(),
        });
    }
    for inv in &parsed.invoices {
        let special = is_special(inv);
        let needed = REQUIRED
            .iter()
            .copied()
            .chain(special.then_some(FieldName::BuyerTaxId));
        for field in needed {
            if !present.contains(&field) || inv.raw(field).is_some_and(|r| !r.trim().is_empty()) {
                continue;
            }
            let label = field.label();
            let why = if field == FieldName::BuyerTaxId {
                (
                    "（专票必须有购方税号）",
                    " (a 专票 must name the buyer's tax id)",
                )
            } else {
                ("", "")
            };
            let mut f = Finding::new(
                "field.missing",
                Severity::Error,
                inv,
                field,
                Text::new(
                    format!("“{}”为空{}。", label.zh, why.0),
                    format!("“{}” is empty{}.", label.en, why.1),
                ),
                action(),
            );
            if f.column.is_none() {
                f.column = parsed.info.columns.get(&field).cloned();
            }
            out.push(f);
        }
    }
}
