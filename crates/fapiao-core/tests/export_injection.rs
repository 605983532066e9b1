//! Formula injection: the CSV and XLSX exports of a report whose cells start with `=`, `+`, `-`,
//! `@`, a tab or a CR, re-read cell by cell (CSV with the csv crate, XLSX with calamine).

mod reconcile_support;

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report::{self, csv::neutralise, exception_cells, ExceptionKind, Report, HEADER};
use reconcile_support::{export, ledger, row};

/// Cell starts a spreadsheet runs as a formula (DDE and hyperlink payloads included).
const HOSTILE: [&str; 8] = [
    "=HYPERLINK(\"http://x\",\"y\")",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-1+1",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "-24112000000000000001",
];

/// Columns of the flat table that hold identifiers: text whatever they look like.
const IDENTIFIERS: [usize; 6] = [1, 2, 3, 5, 6, 9];

/// A report whose invoice numbers, seller ids, file name and sheet name are hostile, and whose
/// English message column holds plain negative numbers.
fn hostile_report() -> Report {
    let s = "91110105MC03GH60G5";
    let mut l: Vec<_> = HOSTILE
        .iter()
        .map(|h| row(h, "2024-10-05", h, "-1.00"))
        .collect();
    l.push(row("24112000000000000001", "2024-11-01", s, "-106.00"));
    let e = vec![
        row("24112000000000000001", "2024-11-01", s, "-106.10"),
        row(HOSTILE[1], "2024-11-02", s, "-1.00"),
    ];
    let mut r = reconcile(&ledger(&l), &export(&e), &Options::default());
    r.inputs[0].file.name = "=cmd|' /C calc'!A0.csv".into();
    for (i, x) in r.exceptions.iter_mut().enumerate() {
        if let Some(export) = x.export.as_mut() {
            export.sheet = Some("@导出".into());
        }
        // A plain negative number in a free-text column is a number, not a formula.
        x.message.en = format!("-{i}.50");
    }
    r
}

fn unzip(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut s = String::new();
    z.by_name(name)
        .expect("part")
        .read_to_string(&mut s)
        .expect("utf-8");
    s
}

#[test]
fn csv_cells_are_neutralised_and_keep_their_text() {
    let r = hostile_report();
    assert!(r.exceptions.len() >= HOSTILE.len(), "{:#?}", r.exceptions);
    let bytes = report::csv::render(&r);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|rec| rec.expect("record").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0], HEADER);
    assert_eq!(rows.len(), r.exceptions.len() + 1);
    let mut neutralised = 0;
    for (cells, e) in rows[1..].iter().zip(&r.exceptions) {
        for (got, want) in cells.iter().zip(exception_cells(e)) {
            assert!(
                !got.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{got:?}"
            );
            assert_eq!(got, &neutralise(&want));
            neutralised += usize::from(got.len() > want.len());
        }
    }
    // Every hostile number appears at least once (as the number and the seller id).
    assert!(neutralised >= HOSTILE.len(), "{neutralised}");
}

#[test]
fn xlsx_cells_are_inert_text_or_numbers() {
    let r = hostile_report();
    let bytes = report::xlsx::render(&r).expect("xlsx");
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).expect("open");
    let mut quoted = 0;
    let mut numbers = 0;
    for kind in ExceptionKind::ALL {
        let name = format!("{} {}", kind.label().zh, kind.id());
        let range = wb.worksheet_range(&name).expect("sheet");
        let formulas = wb.worksheet_formula(&name).expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{name}"
        );
        let want: Vec<[String; 14]> = r.of_kind(kind).map(exception_cells).collect();
        assert_eq!(range.height().saturating_sub(1), want.len(), "{name}");
        for (cells, want) in range.rows().skip(1).zip(&want) {
            for (c, (got, want)) in cells.iter().zip(want).enumerate() {
                let number: Option<f64> = want.parse().ok().filter(|_| {
                    !IDENTIFIERS.contains(&c)
                        && want
                            .chars()
                            .all(|ch| ch.is_ascii_digit() || ch == '-' || ch == '.')
                });
                match (got, number) {
                    (Data::Float(f), Some(n)) => {
                        assert_eq!(*f, n, "{name} column {c}");
                        numbers += 1;
                    }
                    (Data::String(s), None) => {
                        assert_eq!(s, want, "{name} column {c}");
                        quoted += usize::from(s.starts_with(['=', '+', '-', '@', '\t', '\r']));
                    }
                    (Data::Empty, None) if want.is_empty() => {}
                    _ => panic!("{name} column {c}: {got:?} for {want:?}"),
                }
            }
        }
    }
    assert!(
        numbers > r.exceptions.len(),
        "ids, rows and -N.50 messages are numbers"
    );
    // Every hostile text cell carries Excel's quote prefix: count the cells styled with it.
    let styles = unzip(&bytes, "xl/styles.xml");
    let xfs = styles
        .split("<cellXfs")
        .nth(1)
        .and_then(|s| s.split("</cellXfs>").next())
        .expect("cellXfs");
    let prefix: Vec<usize> = xfs
        .split("<xf ")
        .skip(1)
        .enumerate()
        .filter(|(_, xf)| xf.contains("quotePrefix=\"1\""))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(prefix.len(), 1, "{xfs}");
    let styled: usize = (2..=7)
        .map(|n| unzip(&bytes, &format!("xl/worksheets/sheet{n}.xml")))
        .map(|s| s.matches(&format!(" s=\"{}\"", prefix[0])).count())
        .sum();
    assert_eq!(styled, quoted);
    assert!(quoted >= HOSTILE.len(), "{quoted}");
    // The summary keeps the hostile file name as text.
    let summary = wb.worksheet_range("汇总 Summary").expect("summary");
    assert!(summary
        .used_cells()
        .any(|(_, _, d)| d == &Data::String("=cmd|' /C calc'!A0.csv".into())));
}

#[test]
fn validation_findings_csv_is_neutralised_and_names_each_row() {
    use fapiao_core::parse::{read, ReadOptions};
    use fapiao_core::rules::{validate, Context, Direction};
    let mut text = String::from("发票号码,开票日期,销方税号,价税合计\n");
    for h in HOSTILE {
        text.push_str(&format!(
            "\"{}\",2024-10-05,\"{}\",1.00\n",
            h.replace('"', "\"\""),
            h.replace('"', "\"\"")
        ));
    }
    let parsed = read("=ledger.csv", text.as_bytes(), &ReadOptions::default()).expect("read");
    let ctx = Context {
        as_of: chrono::NaiveDate::from_ymd_opt(2024, 12, 1).unwrap(),
        my_tax_id: None,
        direction: Direction::Received,
    };
    let r = validate(&[&parsed], &ctx);
    assert!(r.findings.len() >= HOSTILE.len(), "{:#?}", r.findings);
    let bytes = report::csv::findings(&r);
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()));
    let rows: Vec<Vec<String>> = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|rec| rec.expect("record").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0], report::csv::FINDINGS_HEADER);
    assert_eq!(rows.len(), r.findings.len() + 1);
    for (cells, f) in rows[1..].iter().zip(&r.findings) {
        assert_eq!(cells[1], f.rule);
        assert_eq!(cells[2], neutralise(&f.file));
        assert_eq!(cells[4], f.row.map(|n| n.to_string()).unwrap_or_default());
        assert_eq!(cells[7], neutralise(f.value.as_deref().unwrap_or("")));
        assert_eq!(cells[9], neutralise(&f.message.zh));
        assert!(
            cells.iter().all(|c| !report::csv::is_formula_start(c)),
            "{cells:?}"
        );
    }
    // Every hostile number shows up, neutralised, on its own ledger row (rows 2 to 9).
    for (i, h) in HOSTILE.iter().enumerate() {
        let row = (i + 2).to_string();
        assert!(
            rows.iter().any(|c| c[4] == row && c[7] == neutralise(h)),
            "row {row}: {h:?} not found in {rows:#?}"
        );
    }
}
