//! Renderers of the report: JSON contract, CSV re-read, XLSX contents, HTML escaping.

mod reconcile_support;

use std::io::Read;

use fapiao_core::model::Status;
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report::{self, Report};
use reconcile_support::{export, ledger, row};

const HOSTILE: [&str; 6] = [
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "=HYPERLINK(\"http://x\",\"y\")",
    "+1-2",
    "@SUM(A1)",
    "\u{202E}gnp.exe",
];

/// A report with one exception of every kind, hostile text in names and numbers.
fn sample() -> Report {
    let s = "91110105MC03GH60G5";
    let mut l = vec![
        row("24112000000000000001", "2024-11-01", s, "106.00"),
        row("24112000000000000002", "2024-11-02", s, "1.00"),
        row("24112000000000000002", "2024-11-02", s, "1.00"),
        row("24112000000000000005", "2024-10-02", s, "5.00"),
        row("24112000000000000006", "2024-10-03", s, "6.00"),
        row("2.41123E+19", "2024-10-04", s, "7.00"),
    ];
    let mut e = vec![
        row("24112000000000000001", "2024-11-01", s, "106.10"),
        row("24112000000000000002", "2024-11-02", s, "1.00"),
        row("24112000000000000009", "2024-11-30", s, "9.00"),
        row("24112000000000000007", "2024-10-04", s, "7.00"),
    ];
    e[1].status = Some(("已作废", Status::Voided));
    l.extend(HOSTILE.iter().map(|h| row(h, "2024-10-05", h, "-1.00")));
    e.push(row(HOSTILE[0], "2024-10-05", HOSTILE[5], "-1"));
    reconcile(&ledger(&l), &export(&e), &Options::default())
}

#[test]
fn json_follows_the_contract() {
    let r = sample();
    let text = report::json::render(&r);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema"], "fapiao-check/reconcile/1");
    assert_eq!(v["as_of"], "2024-11-30");
    assert_eq!(v["inputs"][0]["role"], "ledger");
    assert_eq!(v["inputs"][1]["role"], "export");
    assert_eq!(v["inputs"][1]["sheet"], "发票基础信息");
    let counts = v["summary"]["exceptions"].as_object().unwrap();
    // Every kind, in the fixed vocabulary's order (checked on the text: Value sorts keys).
    let kinds = [
        "missing_in_export",
        "missing_in_ledger",
        "mismatch",
        "status",
        "duplicate",
        "invalid",
    ];
    assert_eq!(counts.len(), kinds.len());
    let at: Vec<usize> = kinds
        .iter()
        .map(|k| text.find(&format!("\"{k}\": ")).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    assert!(
        counts.values().all(|n| n.as_u64().unwrap() > 0),
        "{counts:?}"
    );
    let mismatch = v["exceptions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "mismatch")
        .unwrap();
    assert_eq!(mismatch["diagnosis"], "changed");
    assert_eq!(mismatch["invoice_number"], "24112000000000000001");
    assert_eq!(mismatch["ledger"]["row"], 2);
    assert_eq!(mismatch["export"]["sheet"], "发票基础信息");
    assert_eq!(mismatch["export"]["row"], 4);
    assert_eq!(mismatch["fields"][0]["field"], "total");
    assert_eq!(mismatch["fields"][0]["ledger"], "106.00");
    assert_eq!(mismatch["fields"][0]["export"], "106.10");
    assert_eq!(mismatch["rules"], serde_json::json!([]));
    assert!(mismatch["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("106.10"));
    assert!(mismatch["action"]["en"].as_str().unwrap().len() > 10);
}

/// A minimal RFC 4180 reader, so the test does not trust the writer's own code.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_reads_back_with_neutralised_formulas() {
    let r = sample();
    let bytes = report::csv::render(&r);
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    let rows = read_csv(text.trim_start_matches('\u{FEFF}'));
    assert_eq!(rows.len(), r.exceptions.len() + 1);
    assert_eq!(rows[0], report::HEADER);
    for (cells, e) in rows[1..].iter().zip(&r.exceptions) {
        assert_eq!(cells.len(), report::HEADER.len());
        assert_eq!(cells[0], e.id.to_string());
        assert_eq!(cells[1], e.kind.id());
        assert_eq!(cells[10], e.message.zh);
        for c in cells {
            assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']), "{c:?}");
        }
    }
    // A 20-digit number survives as text, and hostile cells keep their text after the quote.
    assert!(rows.iter().any(|c| c[3] == "24112000000000000001"));
    assert!(rows
        .iter()
        .any(|c| c[5] == "'=HYPERLINK(\"http://x\",\"y\")"));
    assert!(rows.iter().any(|c| c[5] == "'@SUM(A1)"));
}

fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            (f.name().to_string(), s)
        })
        .collect()
}

#[test]
fn xlsx_has_a_sheet_per_kind_text_cells_and_no_formulas() {
    let r = sample();
    let bytes = report::xlsx::render(&r).unwrap();
    assert_eq!(
        bytes,
        report::xlsx::render(&r).unwrap(),
        "not deterministic"
    );
    let files = unzip(&bytes);
    let get = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap().1;
    let wb = get("xl/workbook.xml");
    for name in [
        "汇总 Summary",
        "台账有、平台无 missing_in_export",
        "重复记录 duplicate",
    ] {
        assert!(wb.contains(name), "{name} missing from {wb}");
    }
    assert!(get("docProps/core.xml").contains("2024-11-30T00:00:00Z"));
    let strings = get("xl/sharedStrings.xml");
    assert!(strings.contains("<t>=HYPERLINK("), "{strings}");
    assert!(strings.contains("24112000000000000001"));
    let sheets: Vec<&String> = files
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
        .map(|(_, s)| s)
        .collect();
    assert_eq!(sheets.len(), 7);
    for s in &sheets {
        assert!(!s.contains("<f>"), "formula in a sheet");
        assert!(s.contains("<pane ySplit=\"1\""), "header not frozen");
    }
    assert!(sheets[1..]
        .iter()
        .all(|s| s.contains("<autoFilter ref=\"A1:N")));
}

#[test]
fn html_is_self_contained_and_escapes_everything() {
    let r = sample();
    let html = report::html::render(&r);
    for bad in [
        "<script", "href=", "src=", "url(", "@import", "<a ", "<img", "\u{202E}",
    ] {
        assert!(!html.contains(bad), "found {bad:?}");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("[U+202E]gnp.exe"));
    assert!(html.contains("counter(page)"));
    for words in [
        "核对人",
        "复核人",
        "日期",
        "ledger.csv",
        "export.xlsx",
        "2024-11-30",
    ] {
        assert!(html.contains(words), "{words} missing");
    }
    for kind in fapiao_core::report::ExceptionKind::ALL {
        assert!(html.contains(&format!("({})", kind.id())));
    }
}
