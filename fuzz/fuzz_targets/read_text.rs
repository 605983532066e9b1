//! CSV and other delimited text, with encoding detection: any bytes through `parse::read`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = fapiao_fuzz::read_and_check("ledger.csv", data);
});
