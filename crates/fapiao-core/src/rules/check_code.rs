//! 校验码: 20 digits; the check platform asks for the last 6.

use super::{all_digits, compact, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::text::Text;

/// Runs `check_code.format` (spaces, as printed in groups of five, are allowed).
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    let Some(code) = compact(inv, FieldName::CheckCode) else {
        return;
    };
    if code.len() == 20 && all_digits(&code) {
        return;
    }
    out.push(Finding::new(
        "check_code.format",
        Severity::Error,
        inv,
        FieldName::CheckCode,
        Text::new(
            format!("校验码“{code}”应为 20 位数字（现为 {} 个字符）；查验平台需要其后 6 位。", code.chars().count()),
            format!("The check code “{code}” should be 20 digits (it has {} characters); the check platform asks for its last 6.", code.chars().count()),
        ),
        Text::new(
            "对照发票右上角重新录入校验码。",
            "Retype the check code from the invoice's top right corner.",
        ),
    ));
}
