//! The cross-check: the same field in each source of one invoice, and where they differ.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::{Field, FieldName, Invoice};
use crate::parse::qr::DIGITAL_AMOUNT_COLUMN;

/// The fields compared between sources.
pub const COMPARED: [FieldName; 10] = [
    FieldName::InvoiceCode,
    FieldName::InvoiceNumber,
    FieldName::IssueDate,
    FieldName::Amount,
    FieldName::Tax,
    FieldName::Total,
    FieldName::CheckCode,
    FieldName::SellerTaxId,
    FieldName::BuyerTaxId,
    FieldName::InvoiceKind,
];

/// One source's value of a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceValue {
    /// The source (`invoice.xml`, `qr.png QR 1`).
    pub source: String,
    /// The text as found.
    pub raw: String,
}

/// A field whose sources disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// The field.
    pub field: FieldName,
    /// Each source's value, in source order.
    pub values: Vec<SourceValue>,
}

fn key<T: ToString>(f: &Option<Field<T>>) -> Option<(String, String)> {
    let f = f.as_ref()?;
    Some((f.value.as_ref()?.to_string(), f.raw.to_string()))
}

fn money(f: &Option<Field<Decimal>>) -> Option<(String, String)> {
    let f = f.as_ref()?;
    Some((f.value?.normalize().to_string(), f.raw.to_string()))
}

/// Whether the invoice's total is the ambiguous amount of a 数电 QR code.
pub fn total_is_qr_amount(inv: &Invoice) -> bool {
    inv.total
        .as_ref()
        .and(inv.column(FieldName::Total))
        .is_some_and(|c| c == DIGITAL_AMOUNT_COLUMN)
}

/// The comparable form of a field (normalised value) and its raw text.
pub fn value_of(inv: &Invoice, field: FieldName) -> Option<(String, String)> {
    match field {
        FieldName::InvoiceCode => key(&inv.code),
        FieldName::InvoiceNumber => key(&inv.number),
        FieldName::IssueDate => key(&inv.issue_date),
        FieldName::Amount => money(&inv.amount),
        FieldName::Tax => money(&inv.tax),
        FieldName::Total if total_is_qr_amount(inv) => None,
        FieldName::Total => money(&inv.total),
        FieldName::CheckCode => key(&inv.check_code),
        FieldName::SellerTaxId => key(&inv.seller_tax_id),
        FieldName::BuyerTaxId => key(&inv.buyer_tax_id),
        FieldName::InvoiceKind => {
            let f = inv.kind.as_ref()?;
            Some((format!("{:?}", f.value?), f.raw.to_string()))
        }
        _ => None,
    }
}

/// Compares every field in [`COMPARED`] across `sources`: fields with two or more different values.
pub fn differences(sources: &[(String, &Invoice)]) -> Vec<Difference> {
    COMPARED
        .iter()
        .filter_map(|&field| {
            let found: Vec<(String, SourceValue)> = sources
                .iter()
                .filter_map(|(name, inv)| {
                    let (norm, raw) = value_of(inv, field)?;
                    Some((
                        norm,
                        SourceValue {
                            source: name.clone(),
                            raw,
                        },
                    ))
                })
                .collect();
            let first = &found.first()?.0;
            found.iter().any(|(n, _)| n != first).then(|| Difference {
                field,
                values: found.into_iter().map(|(_, v)| v).collect(),
            })
        })
        .collect()
}
