//! Property: every ledger row and every export row ends up matched or in an exception.

mod reconcile_support;

use std::collections::HashSet;

use fapiao_core::model::Status;
use fapiao_core::reconcile::{reconcile, Options};
use proptest::prelude::*;
use reconcile_support::{export, ledger, Row};

const NUMBERS: [&str; 8] = [
    "24112000000000000001",
    "24112000000000000010", // one swap from ...01
    "24112000000000000011", // one substitution from ...01
    "24312000000000000002", // another province
    "2.41120E+19",          // Excel-damaged
    "24112000000000000000", // Excel-damaged (zeros after the 15th digit)
    "",                     // missing
    "24112000000000000003",
];
const DATES: [&str; 3] = ["2024-11-01", "2024-11-29", "2024-11-30 10:00:00"];
const TOTALS: [&str; 3] = ["1.00", "1.0", "2.00"];
const SELLERS: [&str; 2] = ["91110105MC03GH60G5", "91110102YXN5PREKXR"];
const STATUSES: [(&str, Status); 3] = [
    ("正常", Status::Normal),
    ("已作废", Status::Voided),
    ("已红冲-部分", Status::PartlyReversed),
];

fn rows() -> impl Strategy<Value = Vec<(usize, usize, usize, usize, usize)>> {
    prop::collection::vec(
        (0..8usize, 0..3usize, 0..3usize, 0..2usize, 0..3usize),
        0..24,
    )
}

fn build(spec: &[(usize, usize, usize, usize, usize)]) -> Vec<Row<'static>> {
    spec.iter()
        .map(|&(n, d, t, s, st)| Row {
            number: NUMBERS[n],
            date: DATES[d],
            seller: SELLERS[s],
            total: TOTALS[t],
            status: Some(STATUSES[st]),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn nothing_is_silently_dropped(l in rows(), e in rows(), sync in 0u32..5) {
        let (lp, ep) = (ledger(&build(&l)), export(&build(&e)));
        let options = Options { sync_days: sync, ..Options::default() };
        let r = reconcile(&lp, &ep, &options);

        let mut ledger_seen: HashSet<u32> = r.matched.iter().map(|m| 2 + m.ledger as u32).collect();
        let mut export_seen: HashSet<u32> = r.matched.iter().map(|m| 4 + m.export as u32).collect();
        for x in &r.exceptions {
            ledger_seen.extend(x.ledger.as_ref().and_then(|x| x.row));
            export_seen.extend(x.export.as_ref().and_then(|x| x.row));
            prop_assert!(!x.message.zh.is_empty() && !x.message.en.is_empty());
            prop_assert!(!x.action.zh.is_empty() && !x.action.en.is_empty());
        }
        for i in 0..l.len() as u32 {
            prop_assert!(ledger_seen.contains(&(2 + i)), "ledger row {} dropped", 2 + i);
        }
        for i in 0..e.len() as u32 {
            prop_assert!(export_seen.contains(&(4 + i)), "export row {} dropped", 4 + i);
        }
        let counted: u32 = r.summary.exceptions.values().sum();
        prop_assert_eq!(counted as usize, r.exceptions.len());
        let ids: Vec<u32> = r.exceptions.iter().map(|x| x.id).collect();
        prop_assert_eq!(ids, (1..=r.exceptions.len() as u32).collect::<Vec<_>>());
    }
}
