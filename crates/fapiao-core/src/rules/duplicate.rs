//! The same invoice twice in one file.

use std::borrow::Cow;
use std::collections::HashMap;

use super::number::damage;
use super::{code_of, number_of, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::text::Text;

/// The key an invoice is known by: code + number, or the 20-digit number alone.
pub fn key(inv: &Invoice) -> Option<Cow<'_, str>> {
    let number = number_of(inv)?;
    if damage(&number).is_some() {
        return None;
    }
    Some(match code_of(inv) {
        Some(code) if number.len() != 20 => Cow::Owned(format!("{code}-{number}")),
        _ => number,
    })
}

/// Runs `duplicate.key`: each repeat after the first is a finding naming the first row.
///
/// Readers group the lines of one invoice into one record, so only whole records repeat here.
pub(crate) fn check(invoices: &[Invoice], out: &mut Vec<Finding>) {
    let mut first: HashMap<Cow<'_, str>, Option<u32>> = HashMap::new();
    for inv in invoices {
        let Some(k) = key(inv) else {
            continue;
        };
        let row = inv.origin.place.row;
        match first.get(&k) {
            None => {
                first.insert(k, row);
            }
            Some(first_row) => {
                let at = first_row
                    .map(|r| r.to_string())
                    .unwrap_or_else(|| "?".into());
                out.push(Finding::new(
                    "duplicate.key",
                    Severity::Error,
                    inv,
                    FieldName::InvoiceNumber,
                    Text::new(
                        format!("发票“{k}”在第 {at} 行已出现过，此处重复。"),
                        format!("The invoice “{k}” already appears on row {at}; this is a repeat."),
                    ),
                    Text::new(
                        "删除重复行，或核对号码是否抄错。",
                        "Delete the repeated row, or check whether a number was mistyped.",
                    ),
                ));
            }
        }
    }
}
