//! Invoice documents and QR codes: real fixture files in, checked records and diagnostics out.
#![allow(clippy::result_large_err)] // a reader's Err is a Diagnostic by design (see lib.rs)

use std::path::PathBuf;

use chrono::NaiveDate;
use fapiao_core::model::FieldName;
use fapiao_core::parse::{self, qr, ReadOptions};
use fapiao_core::single;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docs")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// QR payload text, read as pasted.
fn qr_text(payload: &str) -> parse::Parsed {
    parse::read("paste", payload.as_bytes(), &ReadOptions::default()).unwrap()
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
    let p = qr_text("01,32,,24312000000136634917,0.01,20240514,,1DD6");
    assert_eq!(p.info.format, "qr");
    let check = single::check(&[p], today());
    insta::assert_json_snapshot!("single_qr_digital", check);
}

#[test]
fn older_qr_single_check_asks_for_the_check_code() {
    let p = qr_text("01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,");
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
        &[qr_text(
            "01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,",
        )],
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
        inv.column(FieldName::IssueDate),
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
    let qr = qr_text("01,32,,24112000000012345678,1130.00,20241105,,74AE");
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
    let qr = qr_text("01,32,,24112000000012345679,1000.00,20241106,,74AE");
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
            "Doc_0/Attachs/original_invoice.xml GraphCode",
            "Doc_0/Tags/CustomTag.xml",
            "Doc_0/Res/qr.png QR 1 @ 12,12"
        ]
    );
    // Within five years of the issue date, so the platform limits do not interfere.
    let check = single::check(&sources, NaiveDate::from_ymd_opt(2024, 11, 26).unwrap());
    assert!(check.differences.is_empty(), "{:?}", check.differences);
    assert_eq!(
        check.kind,
        Some(fapiao_core::model::InvoiceKind::ElectronicOrdinary)
    );
    insta::assert_json_snapshot!("single_e_invoice_ofd", check);
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
        (&*tax.raw, tax.value),
        ("***", Some(rust_decimal::Decimal::ZERO))
    );
    let total = inv.total.as_ref().unwrap();
    assert_eq!(total.value, Some("300.00".parse().unwrap()));
    assert_eq!(
        inv.column(FieldName::Total),
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
    assert_eq!(err.id, "read.zip_damaged");
    assert_eq!(read_err_id("zip_bomb.ofd"), "read.limit");
    let err = parse::ofd::read("x.ofd", &fixture("zip_bomb.ofd")).unwrap_err();
    assert_eq!(err.id, "read.limit");
    let err = parse::ofd::read("x.ofd", &fixture("no_ofd_xml.zip")).unwrap_err();
    assert_eq!(err.id, "read.ofd_no_root");
}

const SHUDIAN_QR: &str = "01,32,,24112000000012345678,1130.00,20241105,,74AE";
const OLDER_QR: &str = "01,10,011001900311,21010038,300,20200407,01731581649436515692,53F1,";

/// Every QR image fixture and the invoice numbers it holds.
const QR_IMAGES: [(&str, &[&str]); 20] = [
    ("qr_shudian.png", &["24112000000012345678"]),
    ("qr_e_invoice.png", &["21010038"]),
    ("qr_scale2.png", &["24112000000012345678"]),
    ("qr_scale4.png", &["24112000000012345678"]),
    ("qr_scale8.png", &["24112000000012345678"]),
    ("qr_rot90.png", &["21010038"]),
    ("qr_rot180.png", &["21010038"]),
    ("qr_rot7.png", &["21010038"]),
    ("qr_noise.png", &["21010038"]),
    ("qr_photo.jpg", &["21010038"]),
    ("qr_screenshot_corner.png", &["24112000000012345678"]),
    ("qr_photo_15mp.jpg", &["24112000000012345678"]),
    ("qr_transparent.png", &["24112000000012345678"]),
    ("qr_two_codes.png", &["24112000000012345678", "21010038"]),
    ("hard_rot30.png", &["21010038"]),
    ("hard_rot45.png", &["21010038"]),
    ("hard_low_contrast.png", &["21010038"]),
    ("hard_jpeg_q15.jpg", &["21010038"]),
    ("hard_perspective.png", &["21010038"]),
    ("hard_uneven_light.png", &["21010038"]),
];

#[test]
fn qr_images_decode() {
    let failed: Vec<String> = QR_IMAGES
        .iter()
        .filter_map(|(name, numbers)| {
            let mut want: Vec<String> = numbers.iter().map(|s| s.to_string()).collect();
            want.sort();
            let mut got: Vec<String> = match read_fixture(name) {
                Ok(p) => {
                    assert_eq!(p.info.format, "image");
                    p.invoices
                        .iter()
                        .filter_map(|i| i.number.as_ref()?.value.as_deref().map(str::to_string))
                        .collect()
                }
                Err(d) => vec![d.id],
            };
            got.sort();
            (got != want).then(|| format!("{name}: {got:?}"))
        })
        .collect();
    let ok = QR_IMAGES.len() - failed.len();
    println!("QR image decode success: {ok}/{} fixtures", QR_IMAGES.len());
    assert!(failed.is_empty(), "not decoded: {failed:?}");
}

#[test]
fn qr_image_payloads_are_exact() {
    let p = read_fixture("qr_two_codes.png").unwrap();
    let codes: Vec<(String, String)> = p
        .invoices
        .iter()
        .map(|i| {
            (
                i.origin
                    .place
                    .column
                    .as_deref()
                    .unwrap_or_default()
                    .to_string(),
                i.number.as_ref().unwrap().raw.to_string(),
            )
        })
        .collect();
    assert_eq!(codes.len(), 2);
    assert!(codes.iter().all(|(c, _)| c.starts_with("QR ")), "{codes:?}");
    let direct = qr::parse_payload(SHUDIAN_QR).unwrap();
    let from_image = read_fixture("qr_shudian.png").unwrap();
    assert_eq!(
        &*from_image.invoices[0].number.as_ref().unwrap().raw,
        direct.number
    );
    let older = qr::parse_payload(OLDER_QR).unwrap();
    let from_image = read_fixture("qr_rot180.png").unwrap();
    assert_eq!(
        &*from_image.invoices[0].check_code.as_ref().unwrap().raw,
        older.check_code
    );
}

#[test]
fn images_without_an_invoice_qr_say_so() {
    assert_eq!(read_err_id("no_qr.png"), "qr.not_found");
    assert_eq!(read_err_id("qr_url.png"), "qr.not_invoice");
    let err = parse::read(
        "broken.png",
        b"\x89PNG\r\n\x1a\nnot really",
        &ReadOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.id, "read.image_broken");
}

#[test]
fn image_size_limit_holds() {
    let side = parse::qr_image::MAX_IMAGE_SIDE + 1;
    let img = image::GrayImage::new(side, 1);
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let err = parse::read("wide.png", &png, &ReadOptions::default()).unwrap_err();
    assert_eq!(err.id, "read.image_too_large");
    assert!(
        err.message.en.contains(&format!("{side}×1")),
        "{}",
        err.message.en
    );
}

#[test]
fn xml_graph_code_is_a_second_source() {
    let name = "e_invoice.xml";
    let sources = single::read_sources(name, &fixture(name), &ReadOptions::default()).unwrap();
    let formats: Vec<&str> = sources.iter().map(|s| s.info.format.as_str()).collect();
    assert_eq!(formats, ["xml", "qr"]);
    assert!(single::check(&sources, today()).differences.is_empty());

    let name = "e_invoice_graphcode_differs.xml";
    let sources = single::read_sources(name, &fixture(name), &ReadOptions::default()).unwrap();
    let check = single::check(&sources, today());
    let diff: Vec<(&str, Vec<&str>)> = check
        .differences
        .iter()
        .map(|d| (d.field.id(), d.values.iter().map(|v| &*v.raw).collect()))
        .collect();
    assert_eq!(diff, [("amount", vec!["300.00", "310"])]);

    let p = read_fixture("e_invoice_graphcode_broken.xml").unwrap();
    let ids: Vec<(&str, Option<&str>)> = p
        .diagnostics
        .iter()
        .map(|d| (d.id.as_str(), d.place.column.as_deref()))
        .collect();
    assert_eq!(ids, [("qr.format", Some("eInvoice/GraphCode"))]);
}

#[test]
fn pdf_qr_images_are_read() {
    for (name, number) in [
        ("shudian.pdf", "24112000000012345678"),
        ("shudian_flate_only.pdf", "24112000000012345678"),
        ("e_invoice_jpeg_qr.pdf", "21010038"),
        ("qr_1bit_predictor.pdf", "21010038"),
    ] {
        let p = read_fixture(name).unwrap_or_else(|d| panic!("{name}: {}", d.message.en));
        assert_eq!(p.info.format, "pdf", "{name}");
        let numbers: Vec<&str> = p
            .invoices
            .iter()
            .filter_map(|i| i.number.as_ref()?.value.as_deref())
            .collect();
        assert_eq!(numbers, [number], "{name}");
        assert!(p
            .info
            .source_part
            .as_deref()
            .is_some_and(|s| s.starts_with("PDF QR 1")));
    }
    assert_eq!(read_err_id("not_invoice.pdf"), "qr.not_found");
    // Without a QR code, the fields printed on the page are the invoice.
    let text_only = read_fixture("no_qr.pdf").unwrap();
    assert_eq!(text_only.info.source_part.as_deref(), Some("PDF 文字"));
}

fn pdf_sources(name: &str) -> Vec<parse::Parsed> {
    single::read_sources(name, &fixture(name), &ReadOptions::default())
        .unwrap_or_else(|d| panic!("{name}: {}", d.message.en))
}

/// The fields read from the page text of a PDF fixture, as (field id, raw text).
fn text_fields(name: &str) -> Vec<(&'static str, String)> {
    let sources = pdf_sources(name);
    let text = sources
        .iter()
        .find(|p| p.info.source_part.as_deref() == Some("PDF 文字"))
        .unwrap_or_else(|| panic!("{name}: no page text read"));
    assert!(
        text.diagnostics.is_empty(),
        "{name}: {:?}",
        text.diagnostics
    );
    let inv = &text.invoices[0];
    fapiao_core::model::FieldName::ALL
        .iter()
        .filter_map(|f| Some((f.id(), inv.raw(*f)?.to_string())))
        .collect()
}

#[test]
fn pdf_page_text_gives_the_printed_fields_with_cid_and_truetype_fonts() {
    let want: Vec<(&str, String)> = [
        ("invoice_number", "24112000000012345678"),
        ("issue_date", "2024年11月05日"),
        ("seller_name", "上海卖方贸易有限公司"),
        ("seller_tax_id", "91310000MA1FL1234Q"),
        ("buyer_name", "北京买方科技有限公司"),
        ("buyer_tax_id", "91110108MA01ABCDEN"),
        ("amount", "1000.00"),
        ("tax", "130.00"),
        ("total", "1130.00"),
        ("total_in_words", "壹仟壹佰叁拾圆整"),
        ("invoice_kind", "电子发票(普通发票)"),
    ]
    .map(|(f, v)| (f, v.to_string()))
    .to_vec();
    // STSong-Light with UniGB-UCS2-H (not embedded), and an embedded TrueType subset with a
    // ToUnicode CMap.
    for name in ["shudian.pdf", "shudian_flate_only.pdf", "shudian_ttf.pdf"] {
        assert_eq!(text_fields(name), want, "{name}");
    }
    let older = text_fields("e_invoice_jpeg_qr.pdf");
    for (f, v) in [
        ("invoice_code", "011001900311"),
        ("invoice_number", "21010038"),
        ("check_code", "01731581649436515692"),
        ("tax", "***"),
        ("seller_tax_id", "91110108MA01ABCDEN"),
    ] {
        assert!(older.contains(&(f, v.to_string())), "{f}: {older:?}");
    }
}

#[test]
fn pdf_text_and_qr_are_cross_checked() {
    let agree = single::check(&pdf_sources("shudian_ttf.pdf"), today());
    assert_eq!(agree.sources.len(), 2, "{:?}", agree.sources);
    assert!(agree.differences.is_empty(), "{:?}", agree.differences);
    assert_eq!(agree.qr_amount, Some(single::QrAmount::MatchedTotal));
    assert!(!agree.has_errors(), "{:?}", agree.diagnostics);
    let older = single::check(&pdf_sources("e_invoice_jpeg_qr.pdf"), today());
    assert!(older.differences.is_empty(), "{:?}", older.differences);
    let differs = single::check(&pdf_sources("shudian_date_differs.pdf"), today());
    let fields: Vec<&str> = differs.differences.iter().map(|d| d.field.id()).collect();
    assert_eq!(fields, ["issue_date"]);
    assert!(differs.has_errors());
}

/// Every fixture, cut short at several places and with bytes changed, reads without a panic
/// and, when it cannot be used, says why in both languages.
#[test]
fn damaged_documents_never_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| !n.starts_with("zip_bomb"))
        .collect();
    names.sort();
    let mut tried = 0;
    for name in &names {
        let bytes = fixture(name);
        let mut variants: Vec<Vec<u8>> = (1..8)
            .map(|k| bytes[..bytes.len() * k / 8].to_vec())
            .collect();
        for step in [7usize, 13, 31] {
            let mut v = bytes.clone();
            for b in v.iter_mut().step_by(step).skip(1) {
                *b ^= 0x5a;
            }
            variants.push(v);
        }
        for v in variants {
            tried += 1;
            match single::read_sources(name, &v, &ReadOptions::default()) {
                Ok(sources) => {
                    let check = single::check(&sources, today());
                    assert!(check.diagnostics.iter().all(|d| !d.message.en.is_empty()));
                }
                Err(d) => {
                    assert!(
                        !d.id.is_empty() && !d.message.zh.is_empty() && !d.action.en.is_empty(),
                        "{name}"
                    );
                }
            }
        }
    }
    assert!(tried > 300, "{tried}");
}

#[test]
fn an_ofd_part_over_the_entry_limit_is_refused() {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("OFD.xml", stored).unwrap();
    let size = parse::ofd::MAX_ENTRY_BYTES as usize + 1;
    let mut xml = b"<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><!--".to_vec();
    xml.resize(size, b'x');
    zip.write_all(&xml).unwrap();
    zip.finish().unwrap();
    let err = parse::ofd::read("big.ofd", buf.get_ref()).unwrap_err();
    assert_eq!(err.id, "read.ofd_too_large");
    assert!(err.message.en.contains("OFD.xml"), "{}", err.message.en);
}

/// `xml` with its declaration's encoding set to `label` and encoded as `encoding` (+ BOM).
fn transcoded(xml: &str, label: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let decl_end = xml.find("?>").expect("declaration") + 2;
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"{label}\"?>{}",
        &xml[decl_end..]
    );
    if encoding == encoding_rs::UTF_16LE {
        let mut out = vec![0xFF, 0xFE];
        out.extend(xml.encode_utf16().flat_map(u16::to_le_bytes));
        return out;
    }
    let (bytes, _, unmappable) = encoding.encode(&xml);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn xml_saved_as_gbk_or_utf16_reads_like_utf8() {
    for name in ["e_invoice.xml", "shudian.xml"] {
        let utf8 = String::from_utf8(fixture(name)).unwrap();
        let want = read_fixture(name).unwrap().invoices;
        for (label, encoding) in [
            ("GBK", encoding_rs::GBK),
            ("gb2312", encoding_rs::GBK),
            ("UTF-16", encoding_rs::UTF_16LE),
        ] {
            let bytes = transcoded(&utf8, label, encoding);
            assert!(std::str::from_utf8(&bytes).is_err(), "{name} {label}");
            let got = parse::read(name, &bytes, &ReadOptions::default())
                .unwrap_or_else(|d| panic!("{name} as {label}: {}", d.message.en));
            assert_eq!(got.invoices, want, "{name} as {label}");
            assert!(got.invoices[0].seller_name.is_some());
        }
    }
    let unknown = transcoded("<?xml?><EInvoice/>", "x-klingon", encoding_rs::UTF_8);
    let err = parse::read("k.xml", &unknown, &ReadOptions::default()).unwrap_err();
    assert_eq!(err.id, "read.xml_malformed");
    assert!(err.message.en.contains("x-klingon"), "{}", err.message.en);
}
