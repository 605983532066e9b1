//! Workbooks (XLSX, XLS, ODS) through `parse::read`; seeds are real workbooks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = fapiao_fuzz::read_and_check("export.xlsx", data);
});
