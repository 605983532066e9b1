//! Where and when an invoice was issued, decoded from its number or code.
//!
//! The table follows the GB/T 2260 province codes and the five 计划单列市 that have their own
//! tax bureaux. A code not in the table is not an error: callers warn and say what they assumed.

use serde::{Deserialize, Serialize};

/// The five cities with their own tax bureaux (计划单列市), which keep their 4-digit code.
const CITIES: [(&str, &str, &str); 5] = [
    ("2102", "大连", "Dalian"),
    ("3302", "宁波", "Ningbo"),
    ("3502", "厦门", "Xiamen"),
    ("3702", "青岛", "Qingdao"),
    ("4403", "深圳", "Shenzhen"),
];

/// Provinces by the first two digits of their region code.
const PROVINCES: [(&str, &str, &str); 31] = [
    ("11", "北京", "Beijing"),
    ("12", "天津", "Tianjin"),
    ("13", "河北", "Hebei"),
    ("14", "山西", "Shanxi"),
    ("15", "内蒙古", "Inner Mongolia"),
    ("21", "辽宁", "Liaoning"),
    ("22", "吉林", "Jilin"),
    ("23", "黑龙江", "Heilongjiang"),
    ("31", "上海", "Shanghai"),
    ("32", "江苏", "Jiangsu"),
    ("33", "浙江", "Zhejiang"),
    ("34", "安徽", "Anhui"),
    ("35", "福建", "Fujian"),
    ("36", "江西", "Jiangxi"),
    ("37", "山东", "Shandong"),
    ("41", "河南", "Henan"),
    ("42", "湖北", "Hubei"),
    ("43", "湖南", "Hunan"),
    ("44", "广东", "Guangdong"),
    ("45", "广西", "Guangxi"),
    ("46", "海南", "Hainan"),
    ("50", "重庆", "Chongqing"),
    ("51", "四川", "Sichuan"),
    ("52", "贵州", "Guizhou"),
    ("53", "云南", "Yunnan"),
    ("54", "西藏", "Tibet"),
    ("61", "陕西", "Shaanxi"),
    ("62", "甘肃", "Gansu"),
    ("63", "青海", "Qinghai"),
    ("64", "宁夏", "Ningxia"),
    ("65", "新疆", "Xinjiang"),
];

type Entry = (&'static str, &'static str, &'static str);

fn province_entry(code: &str) -> Option<&'static Entry> {
    PROVINCES.iter().find(|(c, _, _)| *c == code)
}

/// The region entry of a 2-digit (province) or 4-digit (city, else its province) code.
fn region_entry(code: &str) -> Option<&'static Entry> {
    match code.len() {
        2 => province_entry(code),
        4 => CITIES
            .iter()
            .find(|(c, _, _)| *c == code)
            .or_else(|| province_entry(code.get(..2)?)),
        _ => None,
    }
}

/// The province named by a 2-digit code (`11` → 北京).
pub fn province(code: &str) -> Option<&'static str> {
    province_entry(code).map(|(_, zh, _)| *zh)
}

/// The region named by a 4-digit code: one of the five cities, else its province
/// (`3302` → 宁波, `3301` → 浙江).
pub fn region(code: &str) -> Option<&'static str> {
    region_entry(code)
        .filter(|_| code.len() == 4)
        .map(|(_, zh, _)| *zh)
}

/// The English name of a 2- or 4-digit region code (`11` → Beijing, `3302` → Ningbo).
pub fn region_en(code: &str) -> Option<&'static str> {
    region_entry(code).map(|(_, _, en)| *en)
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

    /// The same label in English: `2024 · Beijing`.
    pub fn label_en(&self) -> String {
        let place = region_en(&self.region_code).unwrap_or(self.region_code.as_str());
        format!("{} · {place}", self.year)
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn year_of(two: &str) -> Option<i32> {
    two.parse::<i32>().ok().map(|y| 2000 + y)
}

/// Where year and region stand in an invoice number or code: `(region digits, year digits)`,
/// borrowed. From a 20-digit 数电 number (digits 1–2 year, 3–4 province), else from a 12-digit
/// code starting with 0 (digits 2–5 region, 6–7 year) or a 10-digit code (digits 1–4 region,
/// 5–6 year). Other shapes have none.
pub fn locate<'a>(code: Option<&'a str>, number: &'a str) -> Option<(&'a str, &'a str)> {
    if number.len() == 20 && digits(number) {
        return Some((number.get(2..4)?, number.get(..2)?));
    }
    let code = code.filter(|c| digits(c))?;
    let (region_at, year_at) = match code.len() {
        12 if code.starts_with('0') => (1..5, 5..7),
        10 => (0..4, 4..6),
        _ => return None,
    };
    Some((code.get(region_at)?, code.get(year_at)?))
}

/// Decodes year and region where [`locate`] finds them.
pub fn decode(code: Option<&str>, number: &str) -> Option<Issued> {
    let (region_code, year) = locate(code, number)?;
    Some(Issued {
        year: year_of(year)?,
        // A 数电 number carries the province, a code the region (a city keeps its own name).
        region: if region_code.len() == 2 {
            province(region_code)
        } else {
            region(region_code)
        }
        .map(str::to_owned),
        region_code: region_code.to_string(),
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
        assert_eq!(region_en("3302"), Some("Ningbo"));
        assert_eq!(region_en("3301"), Some("Zhejiang"));
        assert_eq!(region_en("15"), Some("Inner Mongolia"));
        assert_eq!(region_en("99"), None);
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
        assert_eq!(unknown.label_en(), "2024 · 92");
        assert_eq!(d.label_en(), "2017 · Shandong");
        assert_eq!(decode(Some("144031539110"), "12345678"), None);
    }
}
