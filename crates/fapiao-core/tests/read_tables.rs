//! The tabular readers on real fixture files (see scripts/make_read_fixtures.py): golden
//! snapshots of the normalised records, plus the facts each fixture exists to check.

mod read_support;

use chrono::NaiveDate;
use fapiao_core::diag::Severity;
use fapiao_core::model::{FieldName, Status, TaxRate};
use fapiao_core::parse::{read, sha256_hex, ReadOptions};
use read_support::{fixture, read_ok, render};
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().expect("test literal")
}

fn ids(p: &fapiao_core::parse::Parsed) -> Vec<&str> {
    p.diagnostics.iter().map(|d| d.id.as_str()).collect()
}

#[test]
fn golden_records() {
    for name in [
        "ledger_gbk.csv",
        "ledger_utf8_bom.csv",
        "ledger_utf16le.txt",
        "ledger.tsv",
        "paste_no_header.txt",
        "ragged.csv",
        "unknown_headers.csv",
        "deduction_select.csv",
        "export_title_rows.xlsx",
        "export_both_layouts.xlsx",
        "export_lines_only.xlsx",
        "ledger_numbers.xlsx",
        "date1904.xlsx",
        "empty_sheet.xlsx",
        "ledger.xls",
        "ledger.ods",
    ] {
        let parsed = read_ok(name, &ReadOptions::default());
        insta::assert_snapshot!(name.replace('.', "_"), render(&parsed));
    }
}

/// The same four invoices, whatever the container, encoding or delimiter.
#[test]
fn one_ledger_in_every_container() {
    let want_numbers = [
        Some("24112000000012345678"),
        Some("24312000000136634917"),
        Some("21010038"),
        Some("24112000000012345680"),
    ];
    let want_totals = ["1130", "2120", "309", "-113"].map(|s| Some(dec(s)));
    let want_dates = [(2024, 11, 5), (2024, 11, 6), (2024, 9, 18), (2024, 10, 5)]
        .map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    for (name, format, delimiter) in [
        ("ledger_gbk.csv", "csv", Some(',')),
        ("ledger_utf16le.txt", "csv", Some('\t')),
        ("ledger.tsv", "csv", Some('\t')),
        ("ledger_semicolon.csv", "csv", Some(';')),
        ("ledger_pipe.txt", "csv", Some('|')),
        ("ledger.xls", "xls", None),
        ("ledger.ods", "ods", None),
    ] {
        let p = read_ok(name, &ReadOptions::default());
        assert_eq!(p.info.format, format, "{name}");
        assert_eq!(p.info.delimiter, delimiter, "{name}");
        let numbers: Vec<Option<&str>> = p
            .invoices
            .iter()
            .map(|i| i.number.as_ref().and_then(|f| f.value.as_deref()))
            .collect();
        assert_eq!(numbers, want_numbers, "{name}");
        let totals: Vec<Option<Decimal>> = p
            .invoices
            .iter()
            .map(|i| i.total.as_ref().and_then(|f| f.value))
            .collect();
        assert_eq!(totals, want_totals, "{name}");
        let dates: Vec<Option<NaiveDate>> = p
            .invoices
            .iter()
            .map(|i| i.issue_date.as_ref().and_then(|f| f.value))
            .collect();
        assert_eq!(dates, want_dates, "{name}");
    }
}

#[test]
fn text_encodings_are_detected_and_reported() {
    for (name, encoding) in [
        ("ledger_gbk.csv", "gb18030"),
        ("ledger_utf8_bom.csv", "utf-8"),
        ("ledger_utf16le.txt", "utf-16le"),
    ] {
        let p = read_ok(name, &ReadOptions::default());
        assert_eq!(p.info.encoding.as_deref(), Some(encoding), "{name}");
    }
    // Forcing the wrong encoding is the user's call, and the reader says what it cost.
    let forced = ReadOptions {
        encoding: Some("utf-8".into()),
        ..ReadOptions::default()
    };
    let p = read_ok("ledger_gbk.csv", &forced);
    assert!(ids(&p).contains(&"read.encoding_replaced"));
    let err = read(
        "x.csv",
        &fixture("ledger.tsv"),
        &ReadOptions {
            encoding: Some("klingon".into()),
            ..ReadOptions::default()
        },
    )
    .unwrap_err();
    assert_eq!(err.id, "read.encoding_unknown");
}

#[test]
fn gbk_ledger_skips_title_blank_and_totals_rows() {
    let p = read_ok("ledger_gbk.csv", &ReadOptions::default());
    assert_eq!(p.info.header_row, Some(2));
    assert_eq!(p.info.rows, 4);
    let rows: Vec<u32> = p
        .invoices
        .iter()
        .map(|i| i.origin.place.row.unwrap_or(0))
        .collect();
    assert_eq!(rows, vec![3, 4, 5, 6]);
    let totals = p
        .diagnostics
        .iter()
        .find(|d| d.id == "read.totals_skipped")
        .expect("totals row noted");
    assert_eq!(
        (totals.severity, totals.place.row),
        (Severity::Info, Some(8))
    );
    // 合计金额 beside 金额 and 税额 is the total, and the reader says why.
    assert_eq!(
        p.info.columns.get(&FieldName::Total).map(String::as_str),
        Some("H")
    );
    assert!(ids(&p).contains(&"read.header_ambiguous"));
}

#[test]
fn utf8_ledger_normalises_written_forms() {
    let p = read_ok("ledger_utf8_bom.csv", &ReadOptions::default());
    let first = &p.invoices[0];
    let number = first.number.as_ref().expect("number");
    assert_eq!(number.value.as_deref(), Some("24112000000012345678"));
    assert_eq!(&*number.raw, "２４１１２０００００００１２３４５６７８");
    assert_eq!(
        first
            .seller_tax_id
            .as_ref()
            .and_then(|f| f.value.as_deref()),
        Some("91110102YXN5PREKXR")
    );
    assert_eq!(
        first.amount.as_ref().and_then(|f| f.value),
        Some(dec("1000.00"))
    );
    let red = &p.invoices[2];
    assert_eq!(
        red.total.as_ref().and_then(|f| f.value),
        Some(dec("-113.00"))
    );
    assert_eq!(
        red.rate.as_ref().and_then(|f| f.value),
        Some(TaxRate::Rate(dec("0.13")))
    );
    assert_eq!(
        p.invoices[1].remark.as_ref().map(|f| &*f.raw),
        Some("含逗号, 与\"引号\"")
    );
}

#[test]
fn platform_export_below_title_rows() {
    let p = read_ok("export_title_rows.xlsx", &ReadOptions::default());
    assert_eq!(p.info.header_row, Some(3));
    assert_eq!(p.info.rows, 5);
    let digital = &p.invoices[0];
    assert_eq!(digital.origin.place.row, Some(4));
    assert_eq!(
        digital
            .number
            .as_ref()
            .and(digital.column(FieldName::InvoiceNumber)),
        Some("D")
    );
    assert!(digital.code.is_none());
    let older = &p.invoices[2];
    assert_eq!(
        older.code.as_ref().and_then(|f| f.value.as_deref()),
        Some("011001900311")
    );
    assert_eq!(
        older.number.as_ref().and_then(|f| f.value.as_deref()),
        Some("21010038")
    );
    assert_eq!(
        older
            .number
            .as_ref()
            .and(older.column(FieldName::InvoiceNumber)),
        Some("C")
    );
    let statuses: Vec<Option<Status>> = p
        .invoices
        .iter()
        .map(|i| i.status.as_ref().and_then(|f| f.value))
        .collect();
    use Status::*;
    assert_eq!(
        statuses,
        vec![
            Some(Normal),
            Some(PartlyReversed),
            Some(Normal),
            Some(Red),
            Some(Voided)
        ]
    );
}

#[test]
fn both_layouts_prefer_the_invoice_sheet_and_attach_lines() {
    let p = read_ok("export_both_layouts.xlsx", &ReadOptions::default());
    assert_eq!(p.info.sheets, vec!["信息汇总表", "发票基础信息"]);
    assert_eq!(p.info.sheet.as_deref(), Some("发票基础信息"));
    let lines: Vec<usize> = p.invoices.iter().map(|i| i.lines.len()).collect();
    assert_eq!(lines, vec![2, 2, 1, 1, 0]);
    // Amounts stay those of the invoice sheet; lines keep their own rows and sheet.
    assert_eq!(
        p.invoices[0].total.as_ref().and_then(|f| f.value),
        Some(dec("1130"))
    );
    let rows: Vec<Option<u32>> = p.invoices[0].lines.iter().map(|l| l.place.row).collect();
    assert_eq!(rows, vec![Some(3), Some(5)]);
    assert!(ids(&p).contains(&"read.lines_attached"));
    let unmatched = p
        .diagnostics
        .iter()
        .find(|d| d.id == "read.lines_unmatched")
        .expect("orphan lines reported");
    assert!(unmatched.message.en.contains("24112000000099999999"));
    // The user can still read the per-line sheet itself.
    let lines_sheet = ReadOptions {
        sheet: Some("信息汇总表".into()),
        ..ReadOptions::default()
    };
    let p = read_ok("export_both_layouts.xlsx", &lines_sheet);
    assert_eq!((p.info.header_row, p.invoices.len()), (Some(2), 5));
    let err = read(
        "b.xlsx",
        &fixture("export_both_layouts.xlsx"),
        &ReadOptions {
            sheet: Some("没有".into()),
            ..ReadOptions::default()
        },
    )
    .unwrap_err();
    assert_eq!(err.id, "read.sheet_not_found");
}

#[test]
fn per_line_export_groups_lines_into_invoices() {
    let p = read_ok("export_lines_only.xlsx", &ReadOptions::default());
    assert_eq!(p.info.rows, 7);
    assert_eq!(
        p.invoices.len(),
        5,
        "7 lines of 5 invoices, never duplicated"
    );
    let first = &p.invoices[0];
    assert_eq!(first.origin.rows().collect::<Vec<_>>(), [2, 4]);
    assert_eq!(
        first.amount.as_ref().and_then(|f| f.value),
        Some(dec("1000"))
    );
    assert_eq!(first.tax.as_ref().and_then(|f| f.value), Some(dec("130")));
    assert_eq!(
        first.total.as_ref().and_then(|f| f.value),
        Some(dec("1130"))
    );
    assert_eq!(first.amount.as_ref().map(|f| &*f.raw), Some("600 + 400"));
    let rates: Vec<Option<TaxRate>> = first
        .lines
        .iter()
        .map(|l| l.rate.as_ref().and_then(|f| f.value))
        .collect();
    assert_eq!(rates, vec![Some(TaxRate::Rate(dec("0.13"))); 2]);
    assert_eq!(
        first.lines[0]
            .tax_code
            .as_ref()
            .and_then(|f| f.value.as_deref()),
        Some("3040201010000000000")
    );
}

#[test]
fn excel_damaged_numbers_keep_raw_text_and_no_value() {
    let p = read_ok("ledger_numbers.xlsx", &ReadOptions::default());
    let numbers: Vec<(&str, Option<&str>)> = p
        .invoices
        .iter()
        .filter_map(|i| i.number.as_ref())
        .map(|f| (&*f.raw, f.value.as_deref()))
        .collect();
    assert_eq!(
        numbers,
        vec![
            ("2.4112E+19", None),
            ("24312000000136634917", Some("24312000000136634917")),
            ("21010038", Some("21010038")),
            ("2.41123E+19", None),
        ]
    );
    // A float sum like 0.1 + 0.2 shows as Excel shows it.
    assert_eq!(
        p.invoices[3].tax.as_ref().and_then(|f| f.value),
        Some(dec("0.3"))
    );
    assert!(ids(&p).contains(&"read.totals_skipped"));
}

#[test]
fn dates_in_the_1904_system() {
    let p = read_ok("date1904.xlsx", &ReadOptions::default());
    assert_eq!(
        p.invoices[0].issue_date.as_ref().and_then(|f| f.value),
        NaiveDate::from_ymd_opt(2024, 11, 5)
    );
}

#[test]
fn pasted_cells_without_header_map_by_shape() {
    let p = read_ok("paste_no_header.txt", &ReadOptions::default());
    assert_eq!(p.info.format, "paste");
    assert_eq!(p.info.header_row, None);
    assert_eq!(p.invoices.len(), 3);
    let no_header = p
        .diagnostics
        .iter()
        .find(|d| d.id == "read.no_header")
        .expect("said so");
    assert_eq!(no_header.severity, Severity::Warning);
    assert!(no_header.message.en.contains("A=invoice_number"));
    for (field, col) in [
        (FieldName::InvoiceNumber, "A"),
        (FieldName::IssueDate, "B"),
        (FieldName::SellerTaxId, "D"),
        (FieldName::Amount, "E"),
        (FieldName::Tax, "G"),
        (FieldName::Total, "H"),
    ] {
        assert_eq!(
            p.info.columns.get(&field).map(String::as_str),
            Some(col),
            "{field:?}"
        );
    }
}

#[test]
fn ragged_rows_are_reported_where_they_are() {
    let p = read_ok("ragged.csv", &ReadOptions::default());
    let ragged: Vec<Option<u32>> = p
        .diagnostics
        .iter()
        .filter(|d| d.id == "read.ragged_row")
        .map(|d| d.place.row)
        .collect();
    assert_eq!(ragged, vec![Some(4), Some(5)]);
    assert_eq!(p.invoices.len(), 4);
}

#[test]
fn missing_required_columns_are_an_error_naming_what_was_found() {
    let p = read_ok("unknown_headers.csv", &ReadOptions::default());
    assert!(p.invoices.is_empty());
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.id == "read.header_missing")
        .expect("error");
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.zh.contains("发票号码") && d.message.zh.contains("单据号"));
    assert!(d.message.en.contains("Invoice number") && d.message.en.contains("单据号"));
    // With the column named, the same file reads; the number is kept raw, not repaired.
    let mut options = ReadOptions::default();
    options
        .map
        .insert(FieldName::InvoiceNumber, "单据号".into());
    let p = read_ok("unknown_headers.csv", &options);
    assert!(!ids(&p).contains(&"read.header_missing"));
    let number = p.invoices[0].number.as_ref().expect("mapped");
    assert_eq!(
        (
            &*number.raw,
            number.value.as_deref(),
            p.invoices[0].column(FieldName::InvoiceNumber)
        ),
        ("A-001", None, Some("A"))
    );
    // By column letters too; an unknown header is an error diagnostic, not a guess.
    options.map.insert(FieldName::InvoiceNumber, "A".into());
    options.map.insert(FieldName::Remark, "没有这列".into());
    let p = read_ok("unknown_headers.csv", &options);
    assert_eq!(p.invoices.len(), 1);
    assert!(ids(&p).contains(&"read.map_unknown"));
}

#[test]
fn delimiter_override() {
    let options = ReadOptions {
        delimiter: Some(','),
        ..ReadOptions::default()
    };
    let p = read_ok("ledger_semicolon.csv", &options);
    assert_eq!(p.info.delimiter, Some(','));
    assert!(p.invoices.is_empty(), "one column of text holds no header");
}

#[test]
fn sheet_without_rows_says_so() {
    let p = read_ok("empty_sheet.xlsx", &ReadOptions::default());
    assert!(p.invoices.is_empty());
    assert!(ids(&p).contains(&"read.no_rows"));
}

#[test]
fn input_info_is_filled() {
    let bytes = fixture("export_title_rows.xlsx");
    let p = read("导出.xlsx", &bytes, &ReadOptions::default()).expect("reads");
    assert_eq!(p.info.name, "导出.xlsx");
    assert_eq!(p.info.sha256, sha256_hex(&bytes));
    assert_eq!(p.info.size, bytes.len() as u64);
    assert_eq!(
        p.info
            .headers
            .get(&FieldName::InvoiceNumber)
            .map(String::as_str),
        Some("数电发票号码")
    );
    assert_eq!(p.invoices[0].origin.place.file, "导出.xlsx");
    assert_eq!(
        p.invoices[0].origin.place.sheet.as_deref(),
        Some("发票基础信息")
    );
}

#[test]
fn unusable_inputs_are_clear_errors() {
    for (name, id) in [
        ("empty.csv", "read.empty"),
        ("truncated.xlsx", "read.zip_damaged"),
        ("zip_bomb.xlsx", "read.limit"),
        ("pdf_renamed.xlsx", "read.pdf"),
        ("web_page.xls", "read.html_as_xls"),
        ("spreadsheet_2003.xls", "read.spreadsheet_xml"),
        ("password.xlsx", "read.password"),
    ] {
        let err = read(name, &fixture(name), &ReadOptions::default()).unwrap_err();
        assert_eq!(err.id, id, "{name}");
        assert_eq!(err.severity, Severity::Error);
        assert!(
            err.message.zh.contains(name) && err.message.en.contains(name),
            "{name}"
        );
        assert!(
            !err.action.zh.is_empty() && !err.action.en.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn shared_samples_count() {
    let ledger = read_ok("sample_ledger.csv", &ReadOptions::default());
    assert_eq!(
        (ledger.info.header_row, ledger.invoices.len()),
        (Some(1), 200)
    );
    assert!(ledger.invoices.iter().all(|i| i.number.is_some()));
    let export = read_ok("sample_export.xlsx", &ReadOptions::default());
    assert_eq!(export.info.header_row, Some(3));
    assert_eq!(export.invoices.len(), 194);
    assert_eq!(export.invoices[0].origin.place.row, Some(4));
    assert!(export
        .diagnostics
        .iter()
        .all(|d| d.severity != Severity::Error));
}

#[test]
fn reading_reports_rows_done_of_total() {
    // 10,000 data rows: reports at 0, every 4,096 rows, and the end.
    let mut csv = String::from("发票号码,开票日期,价税合计\n");
    for i in 0..10_000u32 {
        csv.push_str(&format!("2411200000{i:010},2024-11-05,113.00\n"));
    }
    let mut seen = Vec::new();
    let parsed = fapiao_core::parse::read_reporting(
        "big.csv",
        csv.as_bytes(),
        &ReadOptions::default(),
        &mut |done, total| seen.push((done, total)),
    )
    .expect("reads");
    assert_eq!(parsed.invoices.len(), 10_000);
    assert_eq!(
        seen,
        vec![
            (0, 10_000),
            (4_096, 10_000),
            (8_192, 10_000),
            (10_000, 10_000)
        ]
    );
}
