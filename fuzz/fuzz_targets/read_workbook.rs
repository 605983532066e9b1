//! Workbooks (XLSX, XLS, ODS) through `parse::read`; seeds are real workbooks. An XLSX the
//! direct reader reads must come out as calamine reads it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = fapiao_fuzz::read_and_check("export.xlsx", data);
    if let Some(same) = fapiao_core::parse::xlsx_readers_agree(data) {
        assert!(same, "the direct XLSX reader and calamine read this differently");
    }
});
