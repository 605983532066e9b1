//! The kind of an invoice when no source names it: from the number's length or the code's digits.

use crate::model::InvoiceKind;
use crate::text::Text;

/// The kind's name as printed on invoices, and in English.
pub fn label(kind: InvoiceKind) -> Text {
    use InvoiceKind::*;
    let (zh, en) = match kind {
        DigitalSpecial => ("电子发票(增值税专用发票)", "Digital VAT special invoice"),
        DigitalOrdinary => ("电子发票(普通发票)", "Digital ordinary invoice"),
        Special => ("增值税专用发票", "VAT special invoice (paper)"),
        ElectronicSpecial => ("增值税电子专用发票", "Electronic VAT special invoice"),
        Ordinary => ("增值税普通发票", "VAT ordinary invoice (paper)"),
        ElectronicOrdinary => ("增值税电子普通发票", "Electronic VAT ordinary invoice"),
        Roll => ("增值税普通发票(卷票)", "VAT ordinary invoice (roll)"),
        Toll => ("通行费电子普通发票", "Electronic toll invoice"),
        MotorVehicle => ("机动车销售统一发票", "Motor vehicle sales invoice"),
        UsedVehicle => ("二手车销售统一发票", "Used vehicle sales invoice"),
        Freight => ("货物运输业增值税专用发票", "Freight VAT special invoice"),
        Other => ("其他发票", "Other invoice"),
    };
    Text::new(zh, en)
}

/// Guesses the kind from a 20-digit 数电 number (ordinary unless told otherwise) or from the
/// kind digits of a 12-digit code (digits 11–12) or a 10-digit code (digit 8).
pub fn from_code(code: Option<&str>, number: Option<&str>) -> Option<InvoiceKind> {
    if number.is_some_and(|n| n.len() == 20) {
        return Some(InvoiceKind::DigitalOrdinary);
    }
    let code = code?;
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match code.len() {
        12 if !code.starts_with('0') && code.get(7..8) == Some("2") => {
            Some(InvoiceKind::MotorVehicle)
        }
        12 => match code.get(10..12)? {
            "11" => Some(InvoiceKind::ElectronicOrdinary),
            "12" => Some(InvoiceKind::Toll),
            "13" => Some(InvoiceKind::ElectronicSpecial),
            "04" | "05" => Some(InvoiceKind::Ordinary),
            "06" | "07" => Some(InvoiceKind::Roll),
            "17" => Some(InvoiceKind::UsedVehicle),
            _ => None,
        },
        10 => match code.get(7..8)? {
            "1" | "5" => Some(InvoiceKind::Special),
            "3" | "6" => Some(InvoiceKind::Ordinary),
            "2" | "7" => Some(InvoiceKind::Freight),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_codes() {
        let k = |c, n| from_code(Some(c), Some(n));
        assert_eq!(
            k("011001900311", "21010038"),
            Some(InvoiceKind::ElectronicOrdinary)
        );
        assert_eq!(k("037002000104", "30814076"), Some(InvoiceKind::Ordinary));
        assert_eq!(k("3700174130", "00123456"), Some(InvoiceKind::Special));
        assert_eq!(k("3700174320", "00123456"), Some(InvoiceKind::Ordinary));
        assert_eq!(
            k("144031920000", "00123456"),
            Some(InvoiceKind::MotorVehicle)
        );
        assert_eq!(
            from_code(None, Some("24312000000136634917")),
            Some(InvoiceKind::DigitalOrdinary)
        );
        assert_eq!(from_code(Some("12345"), Some("12345678")), None);
    }
}
