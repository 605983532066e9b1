//! `qr.format` on payload text: the team's sample payloads (copied from the shared samples),
//! good ones without a finding, bad ones with a finding that names the wrong part.

mod common;

use fapiao_core::diag::Place;
use fapiao_core::rules::qr::check_payload;

fn payloads() -> Vec<(u32, String)> {
    common::read_fixture("qr/qr_payloads.txt")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i as u32 + 1, l.to_string()))
        .collect()
}

fn check(line: u32, text: &str) -> Vec<String> {
    let place = Place {
        file: "qr_payloads.txt".into(),
        sheet: None,
        row: Some(line),
        column: None,
    };
    check_payload(text, &place)
        .into_iter()
        .map(|f| format!("{}|{}", f.rule, f.message.en))
        .collect()
}

#[test]
fn good_payloads_pass_and_bad_ones_are_named() {
    let all = payloads();
    assert_eq!(all.len(), 9);
    for (line, text) in &all[..6] {
        assert_eq!(
            check(*line, text),
            Vec::<String>::new(),
            "line {line}: {text}"
        );
    }
    let url = check(all[6].0, &all[6].1);
    assert!(
        url.len() == 1
            && url[0].starts_with("qr.format|")
            && url[0].contains("not comma-separated"),
        "{url:?}"
    );
    let short = check(all[7].0, &all[7].1);
    assert!(
        short
            .iter()
            .any(|m| m.contains("part 4 (invoice number) should be 20 digits")),
        "{short:?}"
    );
    let bad = check(all[8].0, &all[8].1);
    assert!(
        bad.iter().any(|m| m.contains("part 5 (amount) “abc”")),
        "{bad:?}"
    );
    assert!(
        bad.iter()
            .any(|m| m.contains("part 6 (issue date) “20240532”")),
        "{bad:?}"
    );
}

#[test]
fn findings_keep_the_place_and_the_payload() {
    let place = Place {
        file: "scan.txt".into(),
        sheet: None,
        row: Some(3),
        column: None,
    };
    let f = check_payload("01,99,,24312000000136634917,0.01,20240514,,1DD6", &place);
    assert!(f.iter().all(|f| f.rule == "qr.format"));
    let unknown = f
        .iter()
        .find(|f| f.message.en.contains("“99” is unknown"))
        .expect("the type code is named");
    assert_eq!((unknown.file.as_str(), unknown.row), ("scan.txt", Some(3)));
    assert_eq!(
        unknown.value.as_deref(),
        Some("01,99,,24312000000136634917,0.01,20240514,,1DD6")
    );
    assert!(unknown.message.zh.contains("“99”"));
}
