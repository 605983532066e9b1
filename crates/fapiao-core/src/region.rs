//! Provinces and regions encoded in invoice numbers and codes (GB/T 2260 prefixes).
//!
//! A 20-digit 数电 number carries the province in digits 3–4; a 12-digit code carries a 4-digit
//! region in digits 2–5, a 10-digit code in digits 1–4. Regions other than the five 计划单列市 are
//! truncated to their province (`XX00`).

use crate::text::Text;

/// Two-digit province prefixes and their names in Chinese and English.
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

/// The five 计划单列市 that have their own 4-digit region code.
const CITIES: [(&str, &str, &str); 5] = [
    ("2102", "大连", "Dalian"),
    ("3302", "宁波", "Ningbo"),
    ("3502", "厦门", "Xiamen"),
    ("3702", "青岛", "Qingdao"),
    ("4403", "深圳", "Shenzhen"),
];

/// The province named by a two-digit prefix (`"11"` → 北京 / Beijing).
pub fn province(prefix: &str) -> Option<Text> {
    PROVINCES
        .iter()
        .find(|(code, _, _)| *code == prefix)
        .map(|(_, zh, en)| Text::new(*zh, *en))
}

/// The region named by a 4-digit invoice-code region (`"4403"` → 深圳, `"4400"` → 广东).
///
/// Only `XX00` province codes and the five 计划单列市 are valid; anything else is `None`.
pub fn region(code: &str) -> Option<Text> {
    if let Some((_, zh, en)) = CITIES.iter().find(|(c, _, _)| *c == code) {
        return Some(Text::new(*zh, *en));
    }
    match code.strip_suffix("00") {
        Some(prefix) if prefix.len() == 2 => province(prefix),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_and_cities() {
        assert_eq!(province("11").map(|t| t.zh), Some("北京".to_string()));
        assert_eq!(province("65").map(|t| t.en), Some("Xinjiang".to_string()));
        assert_eq!(province("92"), None);
        assert_eq!(region("4403").map(|t| t.zh), Some("深圳".to_string()));
        assert_eq!(region("4400").map(|t| t.zh), Some("广东".to_string()));
        assert_eq!(region("4401"), None);
        assert_eq!(region("9900"), None);
        assert_eq!(region("11"), None);
    }
}
