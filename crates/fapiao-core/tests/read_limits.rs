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

/// A zip of a deflated entry of `deflated` bytes and a stored one of `stored` bytes.
fn two_entry_zip(deflated: usize, stored: usize) -> Vec<u8> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let method = |m| SimpleFileOptions::default().compression_method(m);
    zip.start_file("a.xml", method(zip::CompressionMethod::Deflated))
        .unwrap();
    let text: Vec<u8> = (0..deflated).map(|i| b"<c r=\"A1\"/>"[i % 11]).collect();
    zip.write_all(&text).unwrap();
    zip.start_file("b.bin", method(zip::CompressionMethod::Stored))
        .unwrap();
    zip.write_all(&vec![7u8; stored]).unwrap();
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn the_zip_check_counts_stored_and_deflated_bytes_exactly() {
    let bytes = two_entry_zip(100_000, 5_000);
    let at = |total| Limits {
        zip_total_bytes: total,
        ..Limits::DEFAULT
    };
    let names = limits::check_zip("x.xlsx", &bytes, &at(105_000)).unwrap();
    assert_eq!(names, ["a.xml", "b.bin"]);
    let err = limits::check_zip("x.xlsx", &bytes, &at(104_999)).unwrap_err();
    assert_eq!(err.id, "read.limit");
    // The stored entry alone is over a limit the deflated one is under.
    let bytes = two_entry_zip(10, 5_000);
    assert!(limits::check_zip("x.xlsx", &bytes, &at(5_010)).is_ok());
    assert!(limits::check_zip("x.xlsx", &bytes, &at(5_009)).is_err());
}

#[test]
fn a_damaged_deflate_stream_is_a_damaged_zip() {
    let bytes = two_entry_zip(100_000, 10);
    let data = zip::ZipArchive::new(std::io::Cursor::new(&bytes))
        .unwrap()
        .by_index_raw(0)
        .unwrap()
        .data_start()
        .unwrap() as usize;
    let mut broken = bytes.clone();
    for b in &mut broken[data..data + 8] {
        *b = 0xff;
    }
    let err = limits::check_zip("x.xlsx", &broken, &Limits::DEFAULT).unwrap_err();
    assert_eq!(err.id, "read.zip_damaged");
    assert!(err.message.en.contains("x.xlsx"), "{}", err.message.en);
}
