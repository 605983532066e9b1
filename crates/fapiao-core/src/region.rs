//! Where and when an invoice was issued, decoded from its number or code.
//!
//! The table follows the GB/T 2260 province codes and the five 计划单列市 that have their own
//! tax bureaux. A code not in the table is not an error: callers warn and say what they assumed.

use serde::{Deserialize, Serialize};

/// The five cities with their own tax bureaux (计划单列市), which keep their 4-digit code.
const CITIES: [(&str, &str); 5] = [
    ("2102", "大连"),
    ("3302", "宁波"),
    ("3502", "厦门"),
    ("3702", "青岛"),
    ("4403", "深圳"),
];

/// Provinces by the first two digits of their region code.
const PROVINCES: [(&str, &str); 31] = [
    ("11", "北京"),
    ("12", "天津"),
    ("13", "河北"),
    ("14", "山西"),
    ("15", "内蒙古"),
    ("21", "辽宁"),
    ("22", "吉林"),
    ("23", "黑龙江"),
    ("31", "上海"),
    ("32", "江苏"),
    ("33", "浙江"),
    ("34", "安徽"),
    ("35", "福建"),
    ("36", "江西"),
    ("37", "山东"),
    ("41", "河南"),
    ("42", "湖北"),
    ("43", "湖南"),
    ("44", "广东"),
    ("45", "广西"),
    ("46", "海南"),
    ("50", "重庆"),
    ("51", "四川"),
    ("52", "贵州"),
    ("53", "云南"),
    ("54", "西藏"),
    ("61", "陕西"),
    ("62", "甘肃"),
    ("63", "青海"),
    ("64", "宁夏"),
    ("65", "新疆"),
];

/// The province named by a 2-digit code (`11` → 北京).
pub fn province(code: &str) -> Option<&'static str> {
    PROVINCES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
}

/// The region named by a 4-digit code: one of the five cities, else its province
/// (`3302` → 宁波, `3301` → 浙江).
pub fn region(code: &str) -> Option<&'static str> {
    if let Some((_, name)) = CITIES.iter().find(|(c, _)| *c == code) {
        return Some(name);
    }
    province(code.get(..2)?)
}

/// Year and region decoded from an invoice number or code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issued {
    /// Four-digit year (2024).
    pub year: i32,
    /// The region digits as found (`11` in a 数电 number, `1100` in a code).
    pub region_code: String,
    /// The region's name, when the table knows the code.
    pub region: Option<String>,
}

impl Issued {
    /// The short label shown to the user: `2024年 · 北京` (unknown regions show their code).
    pub fn label(&self) -> String {
        let place = self.region.as_deref().unwrap_or(self.region_code.as_str());
        format!("{}年 · {place}", self.year)
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn year_of(two: &str) -> Option<i32> {
    two.parse::<i32>().ok().map(|y| 2000 + y)
}

/// Decodes year and region: from a 20-digit 数电 number (digits 1–2 year, 3–4 province), else
/// from a 12-digit code starting with 0 (digits 2–5 region, 6–7 year) or a 10-digit code
/// (digits 1–4 region, 5–6 year). Other shapes decode to `None`.
pub fn decode(code: Option<&str>, number: &str) -> Option<Issued> {
    if number.len() == 20 && digits(number) {
        let region_code = number.get(2..4)?.to_string();
        return Some(Issued {
            year: year_of(number.get(..2)?)?,
            region: province(&region_code).map(str::to_owned),
            region_code,
        });
    }
    let code = code.filter(|c| digits(c))?;
    let (region_at, year_at) = match code.len() {
        12 if code.starts_with('0') => (1..5, 5..7),
        10 => (0..4, 4..6),
        _ => return None,
    };
    let region_code = code.get(region_at)?.to_string();
    Some(Issued {
        year: year_of(code.get(year_at)?)?,
        region: region(&region_code).map(str::to_owned),
        region_code,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_keep_their_code_others_fall_back_to_the_province() {
        assert_eq!(region("3302"), Some("宁波"));
        assert_eq!(region("3301"), Some("浙江"));
        assert_eq!(region("1100"), Some("北京"));
        assert_eq!(region("9900"), None);
        assert_eq!(province("65"), Some("新疆"));
    }

    #[test]
    fn decodes_numbers_and_codes() {
        let d = decode(None, "24112000000012345678").unwrap();
        assert_eq!(d.label(), "2024年 · 北京");
        let d = decode(Some("011001900311"), "21010038").unwrap();
        assert_eq!(d.label(), "2019年 · 北京");
        let d = decode(Some("3700174130"), "00123456").unwrap();
        assert_eq!(d.label(), "2017年 · 山东");
        let unknown = decode(None, "24922000000012341234").unwrap();
        assert_eq!(unknown.region, None);
        assert_eq!(unknown.label(), "2024年 · 92");
        assert_eq!(decode(Some("144031539110"), "12345678"), None);
    }
}
