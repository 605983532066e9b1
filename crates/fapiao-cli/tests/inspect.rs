//! `fapiao-check inspect` end to end on the readers' fixtures: output and exit codes
//! (0 read cleanly, 1 error diagnostics, 2 unusable input).

use std::process::Command;

fn fixture(name: &str) -> String {
    format!(
        "{}/../fapiao-core/tests/fixtures/read/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn inspect(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fapiao-check"))
        .arg("inspect")
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn text_report_of_a_gbk_ledger() {
    let (code, out, _) = inspect(&[&fixture("ledger_gbk.csv")]);
    assert_eq!(code, 0);
    assert!(out.contains("编码 / encoding: gb18030"));
    assert!(out.contains("表头行 / header row: 2"));
    assert!(out.contains("read.totals_skipped"));
    assert!(
        out.contains("“合计金额”"),
        "the mapping shows the header text"
    );
}

#[test]
fn json_report_of_the_export() {
    let (code, out, _) = inspect(&[
        &fixture("export_title_rows.xlsx"),
        "--format",
        "json",
        "--rows",
        "2",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["info"]["header_row"], 3);
    assert_eq!(v["invoices"], 5);
    assert_eq!(v["first"].as_array().map(Vec::len), Some(2));
    let number = v["mapping"]
        .as_array()
        .and_then(|m| m.iter().find(|f| f["field"] == "invoice_number"))
        .expect("mapped");
    assert_eq!(number["column"], "D");
    assert_eq!(number["sample"], "24112000000012345678");
}

#[test]
fn exit_codes() {
    let (code, out, _) = inspect(&[&fixture("unknown_headers.csv")]);
    assert_eq!(code, 1, "an error diagnostic");
    assert!(out.contains("read.header_missing"));
    let (code, _, _) = inspect(&[
        &fixture("unknown_headers.csv"),
        "--map",
        "invoice_number=单据号",
    ]);
    assert_eq!(code, 0, "mapped by the user");
    let (code, _, err) = inspect(&[&fixture("web_page.xls")]);
    assert_eq!(code, 2);
    assert!(err.contains("read.html_as_xls"));
    let (code, _, err) = inspect(&[&fixture("ledger.tsv"), "--delimiter", ";;"]);
    assert_eq!(code, 2);
    assert!(err.contains("--delimiter"));
}

#[test]
fn overrides_reach_the_reader() {
    let (code, out, _) = inspect(&[
        &fixture("ledger_semicolon.csv"),
        "--delimiter",
        ";",
        "--encoding",
        "utf-8",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("分隔符 / delimiter: ;"));
    let (code, out, _) = inspect(&[
        &fixture("export_both_layouts.xlsx"),
        "--sheet",
        "信息汇总表",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("读取的工作表 / sheet read: 信息汇总表"));
}

fn doc(name: &str) -> String {
    format!(
        "{}/../fapiao-core/tests/fixtures/docs/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_pdf_is_read_from_its_text_and_its_qr_code_and_cross_checked() {
    let (code, out, err) = inspect(&[&doc("shudian_ttf.pdf")]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("shudian_ttf.pdf PDF 文字"), "{out}");
    assert!(out.contains("shudian_ttf.pdf PDF QR 1"), "{out}");
    assert!(out.contains("上海卖方贸易有限公司"), "{out}");
    assert!(out.contains("single.qr_amount"), "{out}");
    let (code, out, _) = inspect(&[&doc("shudian_date_differs.pdf")]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("[single.mismatch]: 各来源的开票日期不一致"),
        "{out}"
    );
    let (code, _, err) = inspect(&[&doc("not_invoice.pdf")]);
    assert_eq!(code, 2);
    assert!(err.contains("qr.not_found"), "{err}");
}
