//! Images and PDFs (a QR code to find) through `parse::read`; seeds are real invoice pictures.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = fapiao_fuzz::read_and_check("invoice.png", data);
});
