//! Reading cost: `parse::read` against the raw parse it is built on, in the same run.
//!
//! Inputs are generated in-process: a 100,000-row platform export (19 columns, XLSX, written
//! with rust_xlsxwriter) and a 100,000-row GBK ledger CSV. The peers are calamine iterating the
//! sheet's cells, and `csv` reading records after decoding GBK: what any reader must do at
//! least. Goal: `read` within 1.5× of its peer. For the CSV, the same parse keeping its records
//! is printed too, for reference. Peak heap is measured by a counting allocator.
//!
//! Run: `cargo bench -p fapiao-core --bench read` (add `-- xlsx` or `-- csv` for one of them).

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Cursor;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use calamine::{open_workbook_from_rs, DataType, Xlsx};
use fapiao_core::parse::{read, ReadOptions};

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const ROWS: usize = 100_000;
const RUNS: usize = 3;

/// Runs `f` `RUNS` times; returns the fastest time and the peak heap above the start.
fn measure<T>(mut f: impl FnMut() -> T) -> (Duration, usize, T) {
    let mut best = Duration::MAX;
    let mut peak = 0;
    let mut last = None;
    for _ in 0..RUNS {
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        let out = f();
        best = best.min(start.elapsed());
        peak = peak.max(PEAK.load(Ordering::Relaxed) - base);
        last = Some(out);
    }
    (best, peak, last.expect("RUNS > 0"))
}

fn export_xlsx() -> Vec<u8> {
    use rust_xlsxwriter::Workbook;
    let header = [
        "序号",
        "发票代码",
        "发票号码",
        "数电发票号码",
        "销方识别号",
        "销方名称",
        "购方识别号",
        "购买方名称",
        "开票日期",
        "金额",
        "税额",
        "价税合计",
        "发票来源",
        "发票票种",
        "发票状态",
        "是否正数发票",
        "发票风险等级",
        "开票人",
        "备注",
    ];
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("发票基础信息").expect("sheet name");
    ws.write_string(0, 0, "全量发票查询导出结果")
        .expect("title");
    for (c, h) in header.iter().enumerate() {
        ws.write_string(2, c as u16, *h).expect("header");
    }
    for i in 0..ROWS {
        let r = (i + 3) as u32;
        let amount = 100.0 + (i % 9000) as f64 + 0.25;
        let tax = (amount * 0.13 * 100.0).round() / 100.0;
        ws.write_number(r, 0, (i + 1) as f64).expect("cell");
        ws.write_string(r, 1, "").expect("cell");
        ws.write_string(r, 2, "").expect("cell");
        ws.write_string(r, 3, format!("2411200000{:010}", i))
            .expect("cell");
        ws.write_string(r, 4, "91110102YXN5PREKXR").expect("cell");
        ws.write_string(r, 5, format!("北京明远宏图科技有限公司{}", i % 500))
            .expect("cell");
        ws.write_string(r, 6, "91110108MA01ABCD1X").expect("cell");
        ws.write_string(r, 7, "北京示例采购有限公司").expect("cell");
        ws.write_string(r, 8, format!("2024-11-{:02} 14:23:11", i % 28 + 1))
            .expect("cell");
        ws.write_number(r, 9, amount).expect("cell");
        ws.write_number(r, 10, tax).expect("cell");
        ws.write_number(r, 11, amount + tax).expect("cell");
        ws.write_string(r, 12, "电子发票服务平台").expect("cell");
        ws.write_string(r, 13, "数电发票（增值税专用发票）")
            .expect("cell");
        ws.write_string(r, 14, "正常").expect("cell");
        ws.write_string(r, 15, "是").expect("cell");
        ws.write_string(r, 16, "正常").expect("cell");
        ws.write_string(r, 17, "张三").expect("cell");
        ws.write_string(r, 18, "").expect("cell");
    }
    wb.save_to_buffer().expect("xlsx")
}

fn ledger_gbk() -> Vec<u8> {
    // The Chinese text is encoded once and the ASCII rest written as is (GBK keeps ASCII):
    // encoding the whole file would cost more than the reads measured.
    let gbk = |s: &str| encoding_rs::GB18030.encode(s).0.into_owned();
    let mut out = gbk("发票号码,开票日期,销方名称,销方税号,金额,税率,税额,价税合计,备注\r\n");
    let seller = gbk("北京明远宏图科技有限公司");
    for i in 0..ROWS {
        let amount = 100 + i % 9000;
        out.extend_from_slice(format!("2411200000{i:010},2024-11-{:02},", i % 28 + 1).as_bytes());
        out.extend_from_slice(&seller);
        out.extend_from_slice(
            format!(
                "{},91110102YXN5PREKXR,{amount}.25,13%,{}.03,{}.28,\r\n",
                i % 500,
                amount * 13 / 100,
                amount + amount * 13 / 100,
            )
            .as_bytes(),
        );
    }
    out
}

fn report(what: &str, ours: (Duration, usize), peer: (Duration, usize), peer_name: &str) {
    let ratio = ours.0.as_secs_f64() / peer.0.as_secs_f64();
    let mb = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!("{what}");
    println!(
        "  fapiao_core::parse::read  {:>8.1} ms   peak heap {:>7.1} MiB",
        ours.0.as_secs_f64() * 1e3,
        mb(ours.1)
    );
    println!(
        "  {peer_name:<24}  {:>8.1} ms   peak heap {:>7.1} MiB",
        peer.0.as_secs_f64() * 1e3,
        mb(peer.1)
    );
    println!(
        "  ratio read / peer: {ratio:.2}×  (goal ≤ 1.5×: {})",
        if ratio <= 1.5 { "met" } else { "NOT met" }
    );
}

fn main() {
    // `cargo bench` passes `--bench`; a word names the one input to measure.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |what: &str| only.is_empty() || only.iter().any(|o| o == what);
    println!("{ROWS} rows per input; best of {RUNS}");
    if wanted("xlsx") {
        bench_xlsx(&export_xlsx());
    }
    if wanted("csv") {
        bench_csv(&ledger_gbk());
    }
}

fn bench_xlsx(xlsx: &[u8]) {
    println!("export.xlsx: {:.1} MiB", xlsx.len() as f64 / 1048576.0);
    let (t, m, invoices) = measure(|| {
        read("export.xlsx", xlsx, &ReadOptions::default())
            .map(|p| p.invoices.len())
            .ok()
    });
    assert_eq!(invoices, Some(ROWS));
    let (pt, pm, cells) = measure(|| {
        let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).expect("xlsx");
        let mut reader = wb.worksheet_cells_reader("发票基础信息").expect("sheet");
        let mut n = 0usize;
        while let Ok(Some(cell)) = reader.next_cell() {
            n += usize::from(!cell.get_value().is_empty());
        }
        n
    });
    assert!(cells > ROWS * 15);
    report(
        "XLSX export, 100,000 × 19",
        (t, m),
        (pt, pm),
        "calamine cells",
    );
}

fn bench_csv(csv_bytes: &[u8]) {
    println!(
        "ledger.csv (GBK): {:.1} MiB",
        csv_bytes.len() as f64 / 1048576.0
    );
    let (t, m, invoices) = measure(|| {
        read("ledger.csv", csv_bytes, &ReadOptions::default())
            .map(|p| p.invoices.len())
            .ok()
    });
    assert_eq!(invoices, Some(ROWS));
    let (pt, pm, records) = measure(|| {
        let text = encoding_rs::GB18030.decode(csv_bytes).0;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        let mut n = 0usize;
        while reader.read_record(&mut record).unwrap_or(false) {
            n += record.len();
        }
        n
    });
    assert_eq!(records, (ROWS + 1) * 9);
    report(
        "GBK CSV ledger, 100,000 rows",
        (t, m),
        (pt, pm),
        "GBK decode + csv",
    );
    // For reference, not the goal: the same parse keeping its records, as a read must (the
    // XLSX peer's work dwarfs that cost; the CSV peer's does not).
    let (kt, km, kept) = measure(|| {
        let text = encoding_rs::GB18030.decode(csv_bytes).0;
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .into_records()
            .map_while(Result::ok)
            .collect::<Vec<csv::StringRecord>>()
    });
    assert_eq!(kept.len(), ROWS + 1);
    println!(
        "  {:<24}  {:>8.1} ms   peak heap {:>7.1} MiB   read / it: {:.2}×",
        "… records kept",
        kt.as_secs_f64() * 1e3,
        km as f64 / (1024.0 * 1024.0),
        t.as_secs_f64() / kt.as_secs_f64()
    );
}
