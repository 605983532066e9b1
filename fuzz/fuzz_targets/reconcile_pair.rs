//! Two tables from one input (split at the first 0xFF byte), reconciled and rendered.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    fapiao_fuzz::reconcile_pair(data);
});
