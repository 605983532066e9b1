//! Invoice documents (XML, OFD) through `parse::read`; seeds are real invoices.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = fapiao_fuzz::read_and_check("invoice.xml", data);
});
