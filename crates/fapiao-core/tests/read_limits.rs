//! Each limit that protects a browser tab stops a read, with the `read.limit` error, before the
//! input is held in full. Tight limits stand in for huge files.

mod read_support;

use fapiao_core::parse::limits::{self, Limits};
use fapiao_core::parse::{read, read_with_limits, ReadOptions};
use read_support::fixture;

fn limited(name: &str, limits: Limits) -> Result<usize, String> {
    read_with_limits(name, &fixture(name), &ReadOptions::default(), &limits)
        .map(|p| p.invoices.len())
        .map_err(|d| {
            assert!(d.message.zh.contains(name) && d.message.en.contains(name));
            d.id
        })
}

#[test]
fn default_limits_are_the_documented_constants() {
    let d = Limits::default();
    assert_eq!(d, Limits::DEFAULT);
    assert_eq!(d.zip_total_bytes, limits::MAX_ZIP_TOTAL_BYTES);
    assert_eq!(d.zip_ratio, limits::MAX_ZIP_RATIO);
    assert_eq!(d.zip_entries, limits::MAX_ZIP_ENTRIES);
    assert_eq!(d.cells, limits::MAX_CELLS);
    assert_eq!(d.row_cells, limits::MAX_ROW_CELLS);
    assert_eq!(d.line_bytes, limits::MAX_LINE_BYTES);
    assert_eq!(d.sheets, limits::MAX_SHEETS);
    assert_eq!(d.sparse_after_cells, limits::SPARSE_AFTER_CELLS);
    assert_eq!(d.min_fill_one_in, limits::MIN_FILL_ONE_IN);
    // The fixtures read within the defaults.
    assert_eq!(limited("export_both_layouts.xlsx", d), Ok(5));
}

#[test]
fn zip_ratio_stops_a_zip_bomb() {
    let err = read(
        "zip_bomb.xlsx",
        &fixture("zip_bomb.xlsx"),
        &ReadOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.id, "read.limit");
    assert!(err.message.en.contains("xl/worksheets/sheet1.xml"));
}

#[test]
fn repeated_ods_rows_are_counted_before_calamine_expands_them() {
    let err = read(
        "ods_repeat_bomb.ods",
        &fixture("ods_repeat_bomb.ods"),
        &ReadOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.id, "read.limit");
    assert!(err.message.en.contains("repeated"));
}

#[test]
fn zip_total_bytes() {
    let l = Limits {
        zip_total_bytes: 4_000,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger_numbers.xlsx", l), Err("read.limit".into()));
    // Past the ratio check, the bomb is stopped by its size as well.
    let l = Limits {
        zip_ratio: u64::MAX,
        zip_total_bytes: 8 << 20,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("zip_bomb.xlsx", l), Err("read.limit".into()));
}

#[test]
fn zip_entries() {
    let l = Limits {
        zip_entries: 3,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger_numbers.xlsx", l), Err("read.limit".into()));
    assert_eq!(limited("ledger.ods", l), Err("read.limit".into()));
}

#[test]
fn cells_in_text_and_sheets() {
    let l = Limits {
        cells: 20,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger.tsv", l), Err("read.limit".into()));
    assert_eq!(limited("ledger_numbers.xlsx", l), Err("read.limit".into()));
    assert_eq!(limited("ledger.xls", l), Err("read.limit".into()));
    let l = Limits {
        cells: 45,
        ..Limits::DEFAULT
    };
    assert_eq!(
        limited("ledger.tsv", l),
        Ok(4),
        "5 lines × 9 fields fit exactly"
    );
}

#[test]
fn sparse_xls_sheets() {
    // ledger.xls: 5 rows × 9 columns, 44 values (one remark is empty). With every cell
    // required to hold a value, an area limit of 44 refuses it and 45 does not.
    let every_cell = |after| Limits {
        sparse_after_cells: after,
        min_fill_one_in: 1,
        ..Limits::DEFAULT
    };
    assert_eq!(
        limited("ledger.xls", every_cell(44)),
        Err("read.sheet_sparse".into())
    );
    assert_eq!(limited("ledger.xls", every_cell(45)), Ok(4));
    let half = Limits {
        sparse_after_cells: 10,
        min_fill_one_in: 2,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger.xls", half), Ok(4));
}

#[test]
fn row_cells() {
    let l = Limits {
        row_cells: 5,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger.tsv", l), Err("read.limit".into()));
    assert_eq!(limited("ledger_numbers.xlsx", l), Err("read.limit".into()));
    assert_eq!(limited("ledger.ods", l), Err("read.limit".into()));
}

#[test]
fn line_bytes() {
    let l = Limits {
        line_bytes: 60,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger.tsv", l), Err("read.limit".into()));
    let l = Limits {
        line_bytes: 200,
        ..Limits::DEFAULT
    };
    assert_eq!(limited("ledger.tsv", l), Ok(4));
}

#[test]
fn sheets() {
    let l = Limits {
        sheets: 1,
        ..Limits::DEFAULT
    };
    assert_eq!(
        limited("export_both_layouts.xlsx", l),
        Err("read.limit".into())
    );
    assert_eq!(limited("export_title_rows.xlsx", l), Ok(5));
}
