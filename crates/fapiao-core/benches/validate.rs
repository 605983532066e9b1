//! Validation speed against reading, on a generated 100,000-row ledger.
//!
//! Prints the median of several runs of reading the CSV and of validating what was read, and
//! the ratio validate/read (the goal is below 1: checking must not cost more than reading).
//! Run: `cargo bench -p fapiao-core --bench validate`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use fapiao_core::parse::{self, ReadOptions};
use fapiao_core::rules::{self, Context, Direction};

const ROWS: usize = 100_000;
const RUNS: usize = 5;
const HEADER: &str = "发票号码,开票日期,销方名称,销方税号,金额,税率,税额,价税合计,备注";

/// A small deterministic generator (no dependency needed for a benchmark's data).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn ledger() -> String {
    let mut rng = Lcg(2024);
    let ids = [
        "91110108MA01ABCD2H",
        "91310115MA1K3YJ70G",
        "91440300MA5FXT4K11",
        "91110108MA01ABCD2X",
    ];
    let rates = [(6, "6%"), (13, "13%"), (9, "9%"), (1, "1%"), (3, "3%")];
    let mut out = String::with_capacity(ROWS * 110);
    out.push_str(HEADER);
    out.push('\n');
    for i in 0..ROWS {
        let cents = 1_000 + rng.next(5_000_000) as i64;
        let (pct, rate) = rates[rng.next(rates.len() as u64) as usize];
        let tax = (cents * pct + 50) / 100;
        let number = if i % 997 == 0 {
            "2.41123E+19".to_string()
        } else {
            format!("2411{:016}", i as u64 * 7919)
        };
        let total = cents + tax + i64::from(i % 1009 == 0);
        out.push_str(&format!(
            "{number},2024-{:02}-{:02},测试公司{},{},{}.{:02},{rate},{}.{:02},{}.{:02},\n",
            1 + rng.next(11),
            1 + rng.next(28),
            i % 50,
            ids[rng.next(ids.len() as u64) as usize],
            cents / 100,
            cents % 100,
            tax / 100,
            tax % 100,
            total / 100,
            total % 100,
        ));
    }
    out
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let text = ledger();
    let bytes = text.as_bytes();

    let ctx = Context {
        as_of: NaiveDate::from_ymd_opt(2024, 11, 30).unwrap_or_default(),
        my_tax_id: None,
        direction: Direction::Received,
    };
    let mut read_times = Vec::new();
    let mut validate_times = Vec::new();
    let mut findings = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        let Ok(parsed) = parse::read("ledger.csv", bytes, &ReadOptions::default()) else {
            eprintln!("the generated ledger is unreadable");
            return;
        };
        let parsed = black_box(parsed);
        read_times.push(t.elapsed());
        let t = Instant::now();
        let report = black_box(rules::validate(&[&parsed], &ctx));
        validate_times.push(t.elapsed());
        findings = report.findings.len();
    }
    let (r, v) = (median(read_times), median(validate_times));
    println!(
        "ledger: {ROWS} rows, {} bytes, {findings} findings",
        bytes.len()
    );
    println!("read (parse::read): {:.1} ms", r.as_secs_f64() * 1e3);
    println!("validate: {:.1} ms", v.as_secs_f64() * 1e3);
    println!(
        "ratio validate/read: {:.2} (goal < 1)",
        v.as_secs_f64() / r.as_secs_f64()
    );
}
