//! Whatever bytes arrive, `read` returns records or an error: it never panics. Arbitrary bytes,
//! arbitrary text, and every fixture with bytes flipped, cut or spliced.

mod read_support;

use fapiao_core::parse::{read, ReadOptions};
use proptest::prelude::*;
use read_support::fixture;

const FIXTURES: [&str; 8] = [
    "ledger_gbk.csv",
    "ledger_utf16le.txt",
    "export_title_rows.xlsx",
    "export_both_layouts.xlsx",
    "ledger_numbers.xlsx",
    "ledger.xls",
    "ledger.ods",
    "paste_no_header.txt",
];

fn read_any(bytes: &[u8]) {
    let _ = read("fuzz.bin", bytes, &ReadOptions::default());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        read_any(&bytes);
    }

    #[test]
    fn arbitrary_text(text in "[0-9a-z,;|\t\"\n\r ¥￥%.\\-()发票号码开票日期金额价税合计税额合计]{0,400}") {
        read_any(text.as_bytes());
    }

    #[test]
    fn damaged_fixtures(
        which in 0..FIXTURES.len(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = fixture(FIXTURES[which]);
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        read_any(&bytes);
        let keep = cut.index(bytes.len());
        read_any(&bytes[..keep]);
    }
}
