//! Tax ids (纳税人识别号): classify the form, and check a credit code's GB 32100 check character.

use serde::{Deserialize, Serialize};

use super::{compact, Finding};
use crate::diag::Severity;
use crate::model::{FieldName, Invoice};
use crate::text::Text;

/// The 31 characters of a unified social credit code, in value order (no I, O, S, V, Z).
const USCC_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// GB 32100 weights of positions 1–17.
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
/// GB 11643 weights of an identity number's positions 1–17.
const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// What kind of tax id a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxIdKind {
    /// 18-character 统一社会信用代码 (GB 32100): registration body (digit or letter), category
    /// and 6-digit region (digits), organisation code and check character (alphabet of 31).
    CreditCode,
    /// 18-digit identity number (an individual), with a valid GB 11643 check digit.
    IdentityNumber,
    /// Legacy 15-, 17- or 20-character id (old registration number; identity number + sequence).
    Legacy,
    /// None of these.
    Invalid,
}

/// The GB 32100 check character for the first 17 characters, if they are in the alphabet.
pub fn uscc_check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (b, w) in first17.bytes().zip(USCC_WEIGHTS) {
        let v = USCC_ALPHABET.iter().position(|c| *c == b)? as u32;
        sum += v * w;
    }
    let check = (31 - sum % 31) % 31;
    Some(USCC_ALPHABET[check as usize] as char)
}

/// Whether an 18-character credit code's check character is right.
pub fn uscc_valid(code: &str) -> bool {
    code.len() == 18 && uscc_check_char(&code[..17]).is_some_and(|c| code.ends_with(c))
}

fn identity_valid(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = b[..17]
        .iter()
        .zip(ID_WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    b"10X98765432"[(sum % 11) as usize] == b[17]
}

/// Classifies a tax id (upper-case, no spaces).
pub fn classify(id: &str) -> TaxIdKind {
    let alnum = id
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    match id.len() {
        18 if identity_valid(id) => TaxIdKind::IdentityNumber,
        18 if id.bytes().all(|b| USCC_ALPHABET.contains(&b))
            && id.as_bytes()[1..8].iter().all(u8::is_ascii_digit) =>
        {
            TaxIdKind::CreditCode
        }
        15 | 17 | 20 if alnum => TaxIdKind::Legacy,
        _ => TaxIdKind::Invalid,
    }
}

/// Runs `tax_id.format` and `tax_id.checksum` on the seller's and buyer's ids.
pub(crate) fn check(inv: &Invoice, out: &mut Vec<Finding>) {
    for (field, party_zh, block) in [
        (FieldName::SellerTaxId, "销方", "销售方"),
        (FieldName::BuyerTaxId, "购方", "购买方"),
    ] {
        let Some(id) = compact(inv, field) else {
            continue;
        };
        let id = id.to_uppercase();
        let party_en = if field == FieldName::SellerTaxId {
            "seller"
        } else {
            "buyer"
        };
        let retype = Text::new(
            format!("对照发票的{block}信息栏重新录入税号。"),
            format!("Retype the tax id from the invoice's {block} block."),
        );
        match classify(&id) {
            TaxIdKind::CreditCode if !uscc_valid(&id) => {
                let expected = uscc_check_char(&id[..17]).unwrap_or('?');
                out.push(Finding::new(
                    "tax_id.checksum",
                    Severity::Warning,
                    inv,
                    field,
                    Text::new(
                        format!("{party_zh}税号“{id}”的校验位应为 {expected}，实为 {}；可能抄错，也可能是不符合校验的早期试点代码。", &id[17..]),
                        format!("The {party_en} tax id “{id}” should end in the check character {expected}, not {}; it may be mistyped, or an early pilot code that fails the check.", &id[17..]),
                    ),
                    Text::new(
                        format!("对照发票的{block}信息栏重新录入税号；若确为早期代码可忽略。"),
                        format!("Retype the tax id from the invoice's {block} block; ignore if it is a known early code."),
                    ),
                ));
            }
            TaxIdKind::CreditCode => {}
            TaxIdKind::IdentityNumber => out.push(Finding::new(
                "tax_id.format",
                Severity::Info,
                inv,
                field,
                Text::new(
                    format!("{party_zh}税号“{id}”是 18 位身份证号（个人）。"),
                    format!("The {party_en} tax id “{id}” is an 18-digit identity number (an individual)."),
                ),
                Text::new("无需处理。", "Nothing to do."),
            )),
            TaxIdKind::Legacy => out.push(Finding::new(
                "tax_id.format",
                Severity::Info,
                inv,
                field,
                Text::new(
                    format!("{party_zh}税号“{id}”是 {} 位旧版税号。", id.len()),
                    format!("The {party_en} tax id “{id}” is a legacy {}-character id.", id.len()),
                ),
                Text::new("无需处理；如对方已换发统一社会信用代码，请更新。", "Nothing to do; update it if the party now has a credit code."),
            )),
            TaxIdKind::Invalid => out.push(Finding::new(
                "tax_id.format",
                Severity::Error,
                inv,
                field,
                Text::new(
                    format!("{party_zh}税号“{id}”（{} 个字符）不是统一社会信用代码、身份证号或旧版税号。", id.chars().count()),
                    format!("The {party_en} tax id “{id}” ({} characters) is not a credit code, an identity number or a legacy id.", id.chars().count()),
                ),
                retype,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies() {
        assert_eq!(classify("91110108MA01ABCD2H"), TaxIdKind::CreditCode);
        assert_eq!(classify("11010519491231002X"), TaxIdKind::IdentityNumber);
        assert_eq!(classify("110105123456789"), TaxIdKind::Legacy);
        assert_eq!(classify("9111010812345678I9"), TaxIdKind::Invalid);
        assert_eq!(classify("12345"), TaxIdKind::Invalid);
        assert!(
            !uscc_valid("91350211M0000XUF46"),
            "the Xiamen pilot code fails the check"
        );
    }
}
