//! Text encodings: a byte-order mark decides; otherwise valid UTF-8 is UTF-8 and anything else
//! is read as GB18030 (a superset of GBK and GB2312, what Chinese Excel and WPS save).

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, with the encoding's name and whether bytes had to be replaced.
pub struct Decoded<'a> {
    /// The text, without a byte-order mark: the bytes themselves when they are valid UTF-8.
    pub text: Cow<'a, str>,
    /// `utf-8`, `gb18030`, `utf-16le`, `utf-16be`, or the chosen label's canonical name.
    pub encoding: String,
    /// True when some bytes were not valid in the encoding and became U+FFFD.
    pub replaced: bool,
}

/// Decodes `bytes`, using `label` (`gbk`, `utf-16le`, …) when given instead of detecting.
/// Returns `Err(label)` when the label names no encoding.
pub fn decode<'a>(bytes: &'a [u8], label: Option<&str>) -> Result<Decoded<'a>, String> {
    let chosen = match label {
        Some(l) => Some(Encoding::for_label(l.trim().as_bytes()).ok_or_else(|| l.to_string())?),
        None => None,
    };
    let (encoding, body) = match (chosen, Encoding::for_bom(bytes)) {
        (Some(e), Some((bom, len))) if e == bom => (e, &bytes[len..]),
        (Some(e), _) => (e, bytes),
        (None, Some((bom, len))) => (bom, &bytes[len..]),
        (None, None) => match utf16_without_bom(bytes) {
            Some(e) => (e, bytes),
            None => match std::str::from_utf8(bytes) {
                // Valid UTF-8 is read in place: validated once, not again by a decoder.
                Ok(text) => {
                    return Ok(Decoded {
                        text: Cow::Borrowed(text),
                        encoding: UTF_8.name().to_ascii_lowercase(),
                        replaced: false,
                    })
                }
                Err(_) => (GB18030, bytes),
            },
        },
    };
    let (text, replaced) = encoding.decode_without_bom_handling(body);
    Ok(Decoded {
        text,
        encoding: encoding.name().to_ascii_lowercase(),
        replaced,
    })
}

/// True when the start of decoded text is mostly control characters and replaced bytes: a
/// binary file (an executable, an image, noise), not a table. Text with the odd stray NUL passes.
pub fn looks_binary(text: &str) -> bool {
    let (mut all, mut odd) = (0usize, 0usize);
    for c in text.chars().take(4096) {
        all += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) {
            odd += 1;
        }
    }
    odd * 10 > all
}

/// UTF-16 without a byte-order mark: ASCII text leaves every other byte zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zeros_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let zeros_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    if zeros_odd * 3 > pairs && zeros_even == 0 {
        Some(UTF_16LE)
    } else if zeros_even * 3 > pairs && zeros_odd == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_told_from_text_with_a_stray_nul() {
        assert!(looks_binary("\x7fELF\x02\x01\x01\0\0\0"));
        assert!(looks_binary(&"\0".repeat(100)));
        assert!(!looks_binary("发票号码,金额\n2411\0,1.00\n2412,2.00\n"));
        assert!(!looks_binary(""));
    }

    #[test]
    fn detects_what_chinese_tools_save() {
        let d = decode("\u{feff}发票".as_bytes(), None).unwrap();
        assert_eq!((&*d.text, d.encoding.as_str()), ("发票", "utf-8"));
        let (gbk, _, _) = GB18030.encode("发票号码,金额");
        let d = decode(&gbk, None).unwrap();
        assert_eq!(
            (&*d.text, d.encoding.as_str()),
            ("发票号码,金额", "gb18030")
        );
        let mut le = vec![0xFF, 0xFE];
        le.extend("发票,1".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le, None).unwrap();
        assert_eq!((&*d.text, d.encoding.as_str()), ("发票,1", "utf-16le"));
        let be: Vec<u8> = "a,b,c".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, None).unwrap().text, "a,b,c");
        let d = decode(&gbk, Some("gbk")).unwrap();
        assert_eq!(d.text, "发票号码,金额");
        assert!(decode(b"x", Some("klingon")).is_err());
    }
}
