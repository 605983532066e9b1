//! Line items: the 税收分类编码 is 19 digits.

use super::{all_digits, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice, LineField};
use crate::text::Text;

/// Runs `item.tax_code` on every line that has a classification code.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    for line in &inv.lines {
        let Some(field) = &line.tax_code else {
            continue;
        };
        let code: String = field.raw.chars().filter(|c| !c.is_whitespace()).collect();
        if code.is_empty() || (code.len() == 19 && all_digits(&code)) {
            continue;
        }
        let mut f = Finding::new(
            "item.tax_code",
            Severity::Warning,
            inv,
            FieldName::TaxCode,
            Text::new(
                format!("税收分类编码“{code}”应为 19 位数字（现为 {} 个字符）。", code.chars().count()),
                format!("The tax classification code “{code}” should be 19 digits (it has {} characters).", code.chars().count()),
            ),
            Text::new(
                "对照发票明细核对税收分类编码；若被表格软件转为数值，请以文本格式重新导出。",
                "Check the code against the invoice lines; if a spreadsheet turned it into a number, re-export it as text.",
            ),
        );
        f.row = line.place.row.or(f.row);
        f.column = line.column(LineField::TaxCode).map(str::to_owned);
        f.value = Some(field.raw.to_string());
        out.push(f);
    }
}
