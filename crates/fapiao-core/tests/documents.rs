//! Invoice documents and QR codes: real fixture files in, checked records and diagnostics out.
#![allow(clippy::result_large_err)] // a reader's Err is a Diagnostic by design (see lib.rs)

use std::path::PathBuf;

use chrono::NaiveDate;
use fapiao_core::parse::{self, qr, ReadOptions};
use fapiao_core::single;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docs")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// The payload lines of `qr_payloads.txt`: (valid ones, ones that must be rejected).
fn payload_lines() -> (Vec<String>, Vec<String>) {
    let text = String::from_utf8(fixture("qr_payloads.txt")).unwrap();
    let mut valid = Vec::new();
    let mut rejected = Vec::new();
    let mut in_rejects = false;
    for line in text.lines() {
        if line.starts_with("# Not invoice") {
            in_rejects = true;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if in_rejects {
            &mut rejected
        } else {
            &mut valid
        }
        .push(line.to_string());
    }
    (valid, rejected)
}

#[test]
fn sample_payloads_parse() {
    let (valid, rejected) = payload_lines();
    assert_eq!((valid.len(), rejected.len()), (6, 3));
    let parsed: Vec<qr::QrPayload> = valid
        .iter()
        .map(|l| qr::parse_payload(l).unwrap_or_else(|e| panic!("{l}: {:?}", e.problems)))
        .collect();
    insta::assert_json_snapshot!("sample_payloads", parsed);
}

#[test]
fn sample_rejects_say_why() {
    let (_, rejected) = payload_lines();
    let errors: Vec<(String, String, String)> = rejected
        .iter()
        .map(|l| {
            let d = parse::read("paste", l.as_bytes(), &ReadOptions::default())
                .err()
                .unwrap_or_else(|| {
                    let e = qr::parse_payload(l).unwrap_err();
                    e.to_diagnostic(fapiao_core::diag::Place::file("paste"))
                });
            (d.id, d.message.zh, d.message.en)
        })
        .collect();
    insta::assert_json_snapshot!("sample_rejects", errors);
}

#[test]
fn malformed_payloads_each_name_their_problem() {
    let cases = [
        (
            "01,32,,24312000000136634917,0.01,20240514",
            "qr.format",
            "found 6",
        ),
        (
            "01,99,,24312000000136634917,0.01,20240514,,1DD6",
            "qr.format",
            "type code",
        ),
        (
            "01,32,,24312000000136634917,0.01,20240532,,1DD6",
            "qr.format",
            "20240532",
        ),
        (
            "01,32,,24312000000136634917,abc,20240514,,1DD6",
            "qr.format",
            "“abc”",
        ),
        (
            "01,10,011001900311,2101003,300,20200407,01731581649436515692,53F1,",
            "qr.format",
            "8 digits",
        ),
        (
            "01,10,011001900311,21010038,300,20200407,0173158164943651569,53F1,",
            "qr.format",
            "check code",
        ),
        (
            "01,32,,24312000000136634917,0.01,20240514,,XYZ1",
            "qr.format",
            "hex",
        ),
        ("hello world", "qr.not_invoice", "hello world"),
        ("WIFI:S:cafe;T:WPA;P:secret;;", "qr.not_invoice", "WIFI"),
    ];
    for (text, id, says) in cases {
        let e = qr::parse_payload(text).expect_err(text);
        let d = e.to_diagnostic(fapiao_core::diag::Place::file("paste"));
        assert_eq!(d.id, id, "{text}");
        assert!(d.message.en.contains(says), "{text}: {}", d.message.en);
        assert!(!d.message.zh.is_empty() && !d.action.zh.is_empty() && !d.action.en.is_empty());
    }
}

#[test]
fn lower_case_and_empty_tails_are_accepted() {
    for text in [
        "01,32,,24312000000136634917,0.01,20240514,,1dd6",
        "01,32,,24312000000136634917,0.01,20240514,,",
        "  01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,\n",
    ] {
        assert!(qr::parse_payload(text).is_ok(), "{text}");
    }
}

#[test]
fn qr_text_alone_gives_a_single_check() {
    let p = parse::read(
        "paste",
        b"01,32,,24312000000136634917,0.01,20240514,,1DD6",
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(p.info.format, "qr");
    let check = single::check(&[p], today());
    insta::assert_json_snapshot!("single_qr_digital", check);
}

#[test]
fn older_qr_single_check_asks_for_the_check_code() {
    let p = parse::read(
        "paste",
        b"01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,",
        &ReadOptions::default(),
    )
    .unwrap();
    let check = single::check(&[p], NaiveDate::from_ymd_opt(2025, 4, 7).unwrap());
    let items: Vec<(String, Option<String>)> = check
        .platform
        .as_ref()
        .unwrap()
        .items
        .iter()
        .map(|i| (i.label.zh.clone(), i.value.clone()))
        .collect();
    assert_eq!(
        items,
        [
            ("发票代码".to_string(), Some("011001900311".to_string())),
            ("发票号码".to_string(), Some("21010038".to_string())),
            ("开票日期".to_string(), Some("2020-04-07".to_string())),
            ("校验码后6位".to_string(), Some("515692".to_string())),
        ]
    );
    assert_eq!(check.issued.as_ref().unwrap().label(), "2019年 · 北京");
    assert!(!check.has_errors());
    let too_old = single::check(
        &[parse::read(
            "p",
            b"01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,",
            &ReadOptions::default(),
        )
        .unwrap()],
        today(),
    );
    assert!(too_old.diagnostics.iter().any(|d| d.id == "single.too_old"));
}

fn read_fixture(name: &str) -> Result<parse::Parsed, fapiao_core::diag::Diagnostic> {
    parse::read(name, &fixture(name), &ReadOptions::default())
}

fn read_err_id(name: &str) -> String {
    match read_fixture(name) {
        Ok(p) => panic!("{name} was read: {:?}", p.info),
        Err(d) => {
            assert!(
                !d.message.zh.is_empty() && !d.message.en.is_empty(),
                "{name}"
            );
            assert!(!d.action.zh.is_empty() && !d.action.en.is_empty(), "{name}");
            d.id
        }
    }
}

#[test]
fn shudian_xml_reads_every_part() {
    let p = read_fixture("shudian.xml").unwrap();
    assert_eq!(p.info.format, "xml");
    insta::assert_json_snapshot!("shudian_xml", p.invoices);
}

#[test]
fn older_e_invoice_xml_reads_with_prefix() {
    let p = read_fixture("e_invoice.xml").unwrap();
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    insta::assert_json_snapshot!("e_invoice_xml", p.invoices);
}

#[test]
fn prefixed_minimal_xml_tolerates_missing_parts() {
    let p = read_fixture("shudian_prefixed_minimal.xml").unwrap();
    let inv = &p.invoices[0];
    assert_eq!(
        inv.number.as_ref().unwrap().value.as_deref(),
        Some("24112000000012345678")
    );
    // No TaxSupervisionInfo: the date comes from RequestTime.
    let date = inv.issue_date.as_ref().unwrap();
    assert_eq!(date.value, NaiveDate::from_ymd_opt(2024, 11, 5));
    assert_eq!(
        date.column.as_deref(),
        Some("EInvoice/EInvoiceData/BasicInformation/RequestTime")
    );
    assert_eq!(inv.lines.len(), 1);
    assert!(inv.remark.is_none());
}

#[test]
fn unsafe_or_broken_xml_is_refused() {
    assert_eq!(read_err_id("dtd_external_entity.xml"), "read.xml_dtd");
    assert_eq!(read_err_id("too_deep.xml"), "read.xml_too_deep");
    assert_eq!(read_err_id("truncated.xml"), "read.xml_malformed");
    assert_eq!(read_err_id("not_invoice.xml"), "read.xml_not_invoice");
}

#[test]
fn xml_size_limit_holds() {
    let mut big = b"<EInvoice><Remark>".to_vec();
    big.resize(parse::xml::MAX_XML_BYTES + 1, b'x');
    let err = parse::read("big.xml", &big, &ReadOptions::default()).unwrap_err();
    assert_eq!(err.id, "read.xml_too_large");
    let mut nested = String::from("<EInvoice>");
    for _ in 0..parse::xml::MAX_DEPTH - 1 {
        nested.push_str("<a>");
    }
    for _ in 0..parse::xml::MAX_DEPTH - 1 {
        nested.push_str("</a>");
    }
    nested.push_str("</EInvoice>");
    assert!(parse::xml::parse_tree("ok.xml", nested.as_bytes()).is_ok());
}

#[test]
fn xml_and_qr_agree_and_the_qr_amount_is_the_total() {
    let xml = read_fixture("shudian.xml").unwrap();
    let qr = parse::read(
        "scan",
        b"01,32,,24112000000012345678,1130.00,20241105,,74AE",
        &ReadOptions::default(),
    )
    .unwrap();
    let check = single::check(&[xml, qr], today());
    assert!(check.differences.is_empty(), "{:?}", check.differences);
    assert_eq!(check.qr_amount, Some(single::QrAmount::MatchedTotal));
    assert_eq!(
        check.kind,
        Some(fapiao_core::model::InvoiceKind::DigitalOrdinary)
    );
    assert!(!check.has_errors(), "{:?}", check.diagnostics);
    let total = check.platform.unwrap().items.pop().unwrap();
    assert_eq!(total.value.as_deref(), Some("1130.00"));
}

#[test]
fn a_qr_of_another_invoice_is_a_mismatch() {
    let xml = read_fixture("shudian.xml").unwrap();
    let qr = parse::read(
        "scan",
        b"01,32,,24112000000012345679,1000.00,20241106,,74AE",
        &ReadOptions::default(),
    )
    .unwrap();
    let check = single::check(&[xml, qr], today());
    let fields: Vec<&str> = check.differences.iter().map(|d| d.field.id()).collect();
    assert_eq!(fields, ["invoice_number", "issue_date"]);
    assert_eq!(check.qr_amount, Some(single::QrAmount::MatchedExcludingTax));
    assert!(check.has_errors());
}

#[test]
fn ofd_reads_custom_data_first_and_keeps_the_other_sources() {
    let p = read_fixture("e_invoice.ofd").unwrap();
    assert_eq!(p.info.format, "ofd");
    assert_eq!(p.info.source_part.as_deref(), Some("OFD.xml CustomData"));
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    insta::assert_json_snapshot!("e_invoice_ofd", p.invoices);
    let sources = parse::ofd::read_sources("e_invoice.ofd", &fixture("e_invoice.ofd")).unwrap();
    let parts: Vec<&str> = sources
        .iter()
        .filter_map(|s| s.info.source_part.as_deref())
        .collect();
    assert_eq!(
        parts,
        [
            "OFD.xml CustomData",
            "Doc_0/Attachs/original_invoice.xml",
            "Doc_0/Tags/CustomTag.xml"
        ]
    );
    let check = single::check(&sources, today());
    assert!(check.differences.is_empty(), "{:?}", check.differences);
    assert_eq!(
        check.kind,
        Some(fapiao_core::model::InvoiceKind::ElectronicOrdinary)
    );
}

#[test]
fn ofd_falls_back_to_attachment_then_tags() {
    let p = read_fixture("attachment_only.ofd").unwrap();
    assert_eq!(
        p.info.source_part.as_deref(),
        Some("Doc_0/Attachs/original_invoice.xml")
    );
    assert_eq!(p.invoices[0].lines.len(), 1);
    let p = read_fixture("tags_only.ofd").unwrap();
    assert_eq!(
        p.info.source_part.as_deref(),
        Some("Doc_0/Tags/CustomTag.xml")
    );
    let inv = &p.invoices[0];
    let number = inv.number.as_ref().unwrap();
    assert_eq!(number.value.as_deref(), Some("21010038"));
    assert_eq!(
        inv.total.as_ref().unwrap().value,
        Some("318.00".parse().unwrap())
    );
    assert_eq!(
        inv.check_code.as_ref().unwrap().value.as_deref(),
        Some("01731581649436515692")
    );
}

#[test]
fn ofd_masked_tax_is_zero_and_the_total_is_computed() {
    let p = read_fixture("masked_tax.ofd").unwrap();
    let inv = &p.invoices[0];
    let tax = inv.tax.as_ref().unwrap();
    assert_eq!(
        (tax.raw.as_str(), tax.value),
        ("***", Some(rust_decimal::Decimal::ZERO))
    );
    let total = inv.total.as_ref().unwrap();
    assert_eq!(total.value, Some("300.00".parse().unwrap()));
    assert_eq!(
        total.column.as_deref(),
        Some("OFD.xml CustomData[合计金额+合计税额]")
    );
}

#[test]
fn ofd_parts_that_disagree_are_named() {
    let p = read_fixture("disagreeing.ofd").unwrap();
    let ids: Vec<(&str, Option<&str>)> = p
        .diagnostics
        .iter()
        .map(|d| (d.id.as_str(), d.place.column.as_deref()))
        .collect();
    assert_eq!(
        ids,
        [(
            "read.ofd_sources_differ",
            Some("OFD.xml CustomData[发票号码]")
        )]
    );
    assert!(p.diagnostics[0].message.zh.contains("21010039"));
}

#[test]
fn broken_ofd_files_are_refused_clearly() {
    // Through `parse::read` every zip is checked once before its reader runs.
    assert_eq!(read_err_id("truncated.ofd"), "read.zip_damaged");
    let err = parse::ofd::read("x.ofd", &fixture("truncated.ofd")).unwrap_err();
    assert_eq!(err.id, "read.ofd_broken");
    let bomb = read_err_id("zip_bomb.ofd");
    assert!(
        ["read.ofd_too_large", "read.limit"].contains(&bomb.as_str()),
        "{bomb}"
    );
    let err = parse::ofd::read("x.ofd", &fixture("no_ofd_xml.zip")).unwrap_err();
    assert_eq!(err.id, "read.ofd_no_root");
}
