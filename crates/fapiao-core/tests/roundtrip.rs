//! Nothing lost, end to end: random ledgers (CSV) and exports (XLSX with title rows) written as
//! files and read back by `parse::read`; every row of both files is matched or in an exception,
//! and the report's CSV and XLSX exports, read again by `parse::read`, give back the same
//! exceptions (ids, kinds, numbers).

use std::collections::{BTreeMap, BTreeSet};

use fapiao_core::model::FieldName;
use fapiao_core::parse::{read, Parsed, ReadOptions};
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report::{
    self, csv::is_formula_start, ExceptionKind, Report, HEADER as HEADER_IDS,
};
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;

const HEADER: [&str; 6] = [
    "发票号码",
    "开票日期",
    "销方名称",
    "销方税号",
    "价税合计",
    "发票状态",
];

/// Numbers as ledgers hold them: good, near misses, damaged by Excel, hostile, missing.
const NUMBERS: [&str; 10] = [
    "24112000000000000001",
    "24112000000000000010",
    "24112000000000000011",
    "24312000000000000002",
    "2.41120E+19",
    "24112000000000000000",
    "",
    "=HYPERLINK(\"http://x\",\"y\")",
    "-24112000000000000003",
    "No.24112000000000000004",
];
const DATES: [&str; 4] = ["2024-11-01", "2024-11-29", "2024-02-30", ""];
const TOTALS: [&str; 5] = ["1.00", "1.0", "-2.00", "1e309", "NaN"];
const SELLERS: [&str; 2] = ["91110105MC03GH60G5", "91110102YXN5PREKXR"];
const STATUSES: [&str; 3] = ["正常", "已作废", "已红冲-部分"];

type Spec = Vec<(usize, usize, usize, usize, usize)>;

fn rows() -> impl Strategy<Value = Spec> {
    prop::collection::vec(
        (0..10usize, 0..4usize, 0..5usize, 0..2usize, 0..3usize),
        0..16,
    )
}

/// The cells of one row; the seller name is never empty, so no row is blank.
fn cells(&(n, d, t, s, st): &(usize, usize, usize, usize, usize)) -> [String; 6] {
    [
        NUMBERS[n],
        DATES[d],
        "某某公司",
        SELLERS[s],
        TOTALS[t],
        STATUSES[st],
    ]
    .map(str::to_string)
}

fn ledger_csv(spec: &Spec) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER).expect("header");
    for r in spec {
        w.write_record(cells(r)).expect("row");
    }
    w.into_inner().expect("csv")
}

/// The platform's layout: two title rows, the header on row 3, data from row 4, all text cells.
fn export_xlsx(spec: &Spec) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("发票基础信息").expect("name");
    ws.write_string(0, 0, "全量发票查询导出结果")
        .expect("title");
    ws.write_string(1, 0, "导出时间：2024-12-01")
        .expect("title");
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(2, c as u16, *h).expect("header");
    }
    for (r, row) in spec.iter().enumerate() {
        for (c, v) in cells(row).iter().enumerate() {
            ws.write_string(3 + r as u32, c as u16, v).expect("cell");
        }
    }
    wb.save_to_buffer().expect("xlsx")
}

fn read_ok(name: &str, bytes: &[u8], options: &ReadOptions) -> Parsed {
    read(name, bytes, options).unwrap_or_else(|d| panic!("{name}: {} {}", d.id, d.message.en))
}

/// Rows (as the files number them) that the report accounts for, ledger and export.
fn accounted(r: &Report, ledger: &Parsed, export: &Parsed) -> (BTreeSet<u32>, BTreeSet<u32>) {
    let row_of = |p: &Parsed, i: usize| p.invoices[i].origin.place.row.unwrap_or(0);
    let mut l: BTreeSet<u32> = r.matched.iter().map(|m| row_of(ledger, m.ledger)).collect();
    let mut e: BTreeSet<u32> = r.matched.iter().map(|m| row_of(export, m.export)).collect();
    for x in &r.exceptions {
        l.extend(x.ledger.as_ref().and_then(|x| x.row));
        e.extend(x.export.as_ref().and_then(|x| x.row));
    }
    (l, e)
}

/// (id, kind, invoice number) of every exception.
type Triple = (String, String, String);

fn triples(r: &Report) -> Vec<Triple> {
    r.exceptions
        .iter()
        .map(|x| {
            (
                x.id.to_string(),
                x.kind.id().to_string(),
                x.invoice_number.clone(),
            )
        })
        .collect()
}

/// The exception table's id, kind and number columns mapped, by their headers, onto text fields
/// the readers keep.
fn table_options(sheet: Option<String>) -> ReadOptions {
    let map = BTreeMap::from([
        (FieldName::SellerName, HEADER_IDS[0].to_string()),
        (FieldName::Remark, HEADER_IDS[1].to_string()),
        (FieldName::InvoiceNumber, HEADER_IDS[3].to_string()),
    ]);
    ReadOptions {
        sheet,
        map,
        ..ReadOptions::default()
    }
}

/// What `parse::read` gives back for the three columns; the CSV's `'` before a formula starter
/// (see `report::csv::neutralise`) is taken off again.
fn reread(parsed: &Parsed) -> Vec<Triple> {
    let restore = |s: &str| match s.strip_prefix('\'') {
        Some(rest) if is_formula_start(rest) => rest.to_string(),
        _ => s.to_string(),
    };
    parsed
        .invoices
        .iter()
        .map(|inv| {
            let raw = |f| restore(inv.raw(f).unwrap_or(""));
            (
                raw(FieldName::SellerName),
                raw(FieldName::Remark),
                raw(FieldName::InvoiceNumber),
            )
        })
        .collect()
}

fn csv_roundtrip(r: &Report) -> Vec<Triple> {
    let bytes = report::csv::render(r);
    reread(&read_ok("exceptions.csv", &bytes, &table_options(None)))
}

fn xlsx_roundtrip(r: &Report) -> Vec<Triple> {
    let bytes = report::xlsx::render(r).expect("xlsx");
    let mut out = Vec::new();
    for kind in ExceptionKind::ALL {
        if r.of_kind(kind).next().is_none() {
            continue;
        }
        let sheet = format!("{} {}", kind.label().zh, kind.id());
        let parsed = read_ok("exceptions.xlsx", &bytes, &table_options(Some(sheet)));
        out.extend(reread(&parsed));
    }
    out.sort_by_key(|t| t.0.parse::<u32>().unwrap_or(0));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn every_row_of_both_files_is_accounted_for_and_exports_read_back(l in rows(), e in rows()) {
        let ledger = read_ok("ledger.csv", &ledger_csv(&l), &ReadOptions::default());
        let export = read_ok("export.xlsx", &export_xlsx(&e), &ReadOptions::default());
        prop_assert_eq!(ledger.invoices.len(), l.len(), "ledger rows lost by the reader");
        prop_assert_eq!(export.invoices.len(), e.len(), "export rows lost by the reader");

        let r = reconcile(&ledger, &export, &Options::default());
        let (lr, er) = accounted(&r, &ledger, &export);
        prop_assert_eq!(lr, (2..2 + l.len() as u32).collect::<BTreeSet<_>>());
        prop_assert_eq!(er, (4..4 + e.len() as u32).collect::<BTreeSet<_>>());

        if !r.exceptions.is_empty() {
            prop_assert_eq!(csv_roundtrip(&r), triples(&r));
            prop_assert_eq!(xlsx_roundtrip(&r), triples(&r));
        }
    }
}
