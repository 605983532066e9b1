//! Arithmetic: total = amount + tax exactly; tax ≈ amount × rate within the invoicing tolerances.

use rust_decimal::{Decimal, RoundingStrategy};

use super::Finding;
use crate::diag::Severity;
use crate::model::{Field, FieldName, Invoice, LineField, LineItem, TaxRate};
use crate::parse::values::is_masked;
use crate::text::Text;

/// Largest |amount × rate − tax| allowed on one line (invoicing-software specification).
pub const LINE_TOLERANCE: Decimal = Decimal::from_parts(6, 0, 0, false, 2);
/// Largest accumulated difference allowed over a multi-line invoice.
pub const INVOICE_TOLERANCE: Decimal = Decimal::from_parts(127, 0, 0, false, 2);

/// Rounds to the cent, half away from zero (0.005 → 0.01), as invoicing software does;
/// `Decimal::round_dp` alone would round half to even.
pub fn round_cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// A money value, reading `***` (tax of an exempt line) as zero.
pub(crate) fn money(field: &Option<Field<Decimal>>) -> Option<Decimal> {
    let f = field.as_ref()?;
    if f.value.is_some() {
        return f.value;
    }
    is_masked(&f.raw).then_some(Decimal::ZERO)
}

/// The expected tax of `amount` at `rate`, unrounded; exempt and non-taxable give zero.
/// `None` when the product overflows (only nonsense values do).
pub fn expected_tax(amount: Decimal, rate: TaxRate) -> Option<Decimal> {
    match rate {
        TaxRate::Rate(r) => amount.checked_mul(r),
        TaxRate::Exempt | TaxRate::NotTaxable => Some(Decimal::ZERO),
    }
}

/// `|a − b|`, or `None` on overflow.
fn distance(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_sub(b).map(|d| d.abs())
}

/// Renders a rate for messages: `13%`, `免税`, `不征税`.
pub(crate) fn rate_text(rate: TaxRate) -> String {
    match rate {
        TaxRate::Rate(r) => match r.checked_mul(Decimal::ONE_HUNDRED) {
            Some(p) => format!("{}%", p.normalize()),
            None => r.to_string(),
        },
        TaxRate::Exempt => "免税".into(),
        TaxRate::NotTaxable => "不征税".into(),
    }
}

fn check_action() -> Text {
    Text::new(
        "对照发票原件核对金额、税率与税额。",
        "Check amount, rate and tax against the invoice.",
    )
}

/// Runs `amount.total` and `tax.calc`.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    let amount = money(&inv.amount);
    let tax = money(&inv.tax);
    if let (Some(a), Some(t), Some(total)) = (amount, tax, money(&inv.total)) {
        check_total(inv, a, t, total, out);
    }
    let lines: Vec<&LineItem> = inv.lines.iter().filter(|l| l.rate.is_some()).collect();
    if lines.is_empty() {
        let rate = inv.rate.as_ref().and_then(|f| f.value);
        if let (Some(a), Some(t), Some(r)) = (amount, tax, rate) {
            check_row(inv, a, t, r, out);
        }
        return;
    }
    let mut expected = Decimal::ZERO;
    let mut line_tax = Decimal::ZERO;
    let before = out.len();
    for line in &lines {
        let (Some(a), Some(t), Some(r)) = (
            money(&line.amount),
            money(&line.tax),
            line.rate.as_ref().and_then(|f| f.value),
        ) else {
            return;
        };
        let Some(e) = expected_tax(a, r) else {
            return;
        };
        let (Some(sum_e), Some(sum_t), Some(diff)) = (
            expected.checked_add(e),
            line_tax.checked_add(t),
            distance(e, t),
        ) else {
            return;
        };
        (expected, line_tax) = (sum_e, sum_t);
        if diff > LINE_TOLERANCE {
            let rt = rate_text(r);
            let (e, diff) = (round_cents(e), round_cents(diff));
            let mut f = Finding::new("tax.calc", Severity::Error, inv, FieldName::Tax, Text::new(
                format!("明细行税额 {t} 与金额 {a} × 税率 {rt} = {e} 相差 {diff}，超过每行允许的 0.06。"),
                format!("The line's tax {t} differs from amount {a} × rate {rt} = {e} by {diff}, more than the 0.06 allowed per line."),
            ), check_action());
            f.row = line.place.row.or(f.row);
            f.column = line
                .tax
                .as_ref()
                .and(line.column(LineField::Tax))
                .map(str::to_owned)
                .or(f.column);
            f.value = line.tax.as_ref().map(|x| x.raw.to_string());
            out.push(f);
        }
    }
    // The accumulated check only speaks when no line was already reported.
    let Some((t, diff)) = tax.and_then(|t| Some((t, distance(expected, t)?))) else {
        return;
    };
    let n = lines.len();
    let tolerance = LINE_TOLERANCE
        .checked_mul(Decimal::from(n))
        .map_or(INVOICE_TOLERANCE, |l| l.min(INVOICE_TOLERANCE));
    if out.len() == before && diff > tolerance {
        let (expected, diff) = (round_cents(expected), round_cents(diff));
        out.push(Finding::new("tax.calc", Severity::Error, inv, FieldName::Tax, Text::new(
            format!("发票税额 {t} 与各行金额×税率之和 {expected} 相差 {diff}，超过 {n} 行允许的累计误差 {tolerance}（明细行税额合计 {line_tax}）。"),
            format!("The invoice's tax {t} differs from the lines' amount × rate, {expected}, by {diff}, more than the {tolerance} allowed over {n} lines (the lines' tax adds up to {line_tax})."),
        ), check_action()));
    }
}

/// `amount.total`: 价税合计 = 金额 + 税额, exactly.
fn check_total(inv: &Invoice, a: Decimal, t: Decimal, total: Decimal, out: &mut Vec<Finding>) {
    let Some(sum) = a.checked_add(t) else {
        return;
    };
    let Some(off) = total.checked_sub(sum).filter(|d| !d.is_zero()) else {
        return;
    };
    out.push(Finding::new(
        "amount.total",
        Severity::Error,
        inv,
        FieldName::Total,
        Text::new(
            format!("价税合计 {total} 不等于金额 {a} + 税额 {t} = {sum}（差 {off}）。"),
            format!("The total {total} is not amount {a} + tax {t} = {sum} (off by {off})."),
        ),
        Text::new(
            "对照发票原件核对金额、税额与价税合计。",
            "Check amount, tax and total against the invoice.",
        ),
    ));
}

/// A row without lines: one rate for the whole amount.
fn check_row(inv: &Invoice, a: Decimal, t: Decimal, r: TaxRate, out: &mut Vec<Finding>) {
    let Some(e) = expected_tax(a, r) else {
        return;
    };
    let Some(diff) = distance(e, t) else {
        return;
    };
    let (severity, zh, en) = if diff > INVOICE_TOLERANCE {
        (
            Severity::Error,
            "超过多行发票允许的累计误差 1.27",
            "more than the 1.27 allowed even over a multi-line invoice",
        )
    } else if diff > LINE_TOLERANCE {
        (
            Severity::Warning,
            "超过单行允许的 0.06（若为多行发票，累计 1.27 以内可接受）",
            "more than the 0.06 allowed on one line (acceptable up to 1.27 if the invoice has several lines)",
        )
    } else {
        return;
    };
    let rt = rate_text(r);
    let (e, diff) = (round_cents(e), round_cents(diff));
    out.push(Finding::new(
        "tax.calc",
        severity,
        inv,
        FieldName::Tax,
        Text::new(
            format!("税额 {t} 与金额 {a} × 税率 {rt} = {e} 相差 {diff}，{zh}。"),
            format!("The tax {t} differs from amount {a} × rate {rt} = {e} by {diff}, {en}."),
        ),
        check_action(),
    ));
}
