#!/usr/bin/env node
// Browser benchmark: Fapiao Check's core (wasm, in a Web Worker) against browser peers, in the
// same Chromium, on the same files, in the same run. `make bench-browser`; not part of `make test`.
//
//   (1) read a 100,000-row, 19-column platform export (XLSX): ours vs SheetJS 0.18.5
//   (2) read a 100,000-row GBK ledger CSV and reconcile it against the export: ours vs
//       DuckDB-Wasm (read + full outer join + field comparison; DuckDB gets the ledger already
//       converted to UTF-8 and the export as CSV, since it reads neither GBK nor XLSX offline)
//   (3) read the GBK ledger CSV: ours vs PapaParse (after TextDecoder('gbk'))
//   (4) the app's time to interactive from a cold load (dist/, worker answered), and the peak
//       memory of the tab while doing (2)
//   (5) 1,000,000 x 1,000,000 rows reconciled in the tab: time and peak memory
//
// Environment: RUNS (default 3, median reported), ROWS (100000), BIG_ROWS (1000000), BIG=0 skips
// (5), SMALL=0 runs only (5), STEPS=2 (or 1,3 …) runs only those of (1) to (4), OPT_LEVEL=z builds our wasm with another opt-level (own target dir).
// Data comes from scripts/make_samples.py (deterministic) into bench/out/ (not committed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, serve, launch } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
/** Ours as the app runs it: the page hashes each file (`crypto.subtle`) while the worker reads it. */
const APP = { hash: 'browser' };
const ROWS = Number(process.env.ROWS ?? 100000);
const BIG_ROWS = Number(process.env.BIG_ROWS ?? 1000000);
const BIG = process.env.BIG !== '0';
const SMALL = process.env.SMALL !== '0';
const STEPS = (process.env.STEPS ?? '1,2,3,4').split(',').map(Number);
const out = join(root, 'bench', 'out');

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** The generated sample set of `rows` rows (made once; the generator is deterministic). */
function samples(rows, extra = []) {
  const dir = join(out, `browser-${rows}`);
  if (!existsSync(join(dir, 'truth.json'))) {
    console.log(`generating ${rows} rows into bench/out/browser-${rows} ...`);
    run('python3', ['scripts/make_samples.py', '--rows', String(rows), '--gbk-copy', '--export-csv', '--out', dir, ...extra]);
  }
  return `/bench/out/browser-${rows}/`;
}

/** Builds the benchmark's wasm entry (bench/browser-wasm) with the app's compiled dependencies. */
function buildWasm() {
  const level = process.env.OPT_LEVEL;
  const dir = level ? `target/opt${level}` : 'target';
  run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--target-dir', dir,
    '--manifest-path', 'bench/browser-wasm/Cargo.toml'], level ? { CARGO_PROFILE_RELEASE_OPT_LEVEL: level } : {});
  run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', 'bench/out/wasm',
    `${dir}/wasm32-unknown-unknown/release/fapiao_bench_wasm.wasm`]);
  console.log(`our wasm: opt-level ${level ?? 's (the app\'s release profile)'}`);
}

/** Peak resident memory (VmHWM, bytes) of the renderer processes (the tab, its workers) of the
 * browsers this script launched (descendants of `ancestorPid`); one browser is open at a time. */
function rendererPeak(ancestorPid) {
  const parent = (pid) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  const descends = (pid) => { for (let p = pid; p > 1; p = parent(p)) if (p === ancestorPid) return true; return false; };
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') || !descends(pid)) continue;
      const hwm = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch { /* the process ended */ }
  }
  return peak;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (x) => `${(x / 2 ** 20).toFixed(0)} MiB`;

/** A fresh browser on the bench page. */
async function benchPage(server) {
  const browser = await launch();
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`${server.url}bench/browser.html`);
  await page.locator('#status', { hasText: 'ready' }).waitFor({ timeout: 60000 });
  return { browser, page };
}

/** Runs `job` RUNS times (after one warm-up); the median time and the last result. */
async function timed(page, fn, arg) {
  await page.evaluate(fn, arg);
  const times = []; let last;
  for (let i = 0; i < RUNS; i++) { last = await page.evaluate(fn, arg); times.push(last.ms); }
  return { ms: median(times), result: last.result, wasmBytes: last.wasmBytes };
}
/** Like `timed`, for several jobs taking turns (a, b, c, a, b, c, …), so that a busy spell of
 * this shared machine falls on each of them alike. */
async function turns(jobs) {
  for (const [fn, arg] of jobs) await page0(fn, arg);
  const times = jobs.map(() => []); const last = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [k, [fn, arg]] of jobs.entries()) {
      last[k] = await page0(fn, arg);
      times[k].push(last[k].ms);
    }
  }
  return jobs.map((_, k) => ({ ms: median(times[k]), result: last[k].result, wasmBytes: last[k].wasmBytes }));
}
let page0;
const worker = ([job, paths, options]) => window.bench.inWorker(job, paths, options);
const duck = ([l, e]) => window.bench.duckReconcile(l, e);

function ratio(name, ours, peer, peerName) {
  console.log(`  ${name}: ours ${ms(ours)}, ${peerName} ${ms(peer)}, ours/${peerName} = ${(ours / peer).toFixed(2)}`);
}

buildWasm();
const set = samples(ROWS);
const server = await serve(root);
const truth = JSON.parse(readFileSync(join(root, set.slice(1), 'truth.json'), 'utf8'));
console.log(`\nChromium ${spawnSync('/usr/bin/chromium', ['--version']).stdout.toString().trim()}; ${RUNS} runs, median; ${ROWS} rows`);
try {
  if (SMALL) await small();
  if (BIG) await big();
} finally {
  await server.close();
}

/** Steps (1) to (4), on ROWS rows. */
async function small() {
  const { browser, page } = await benchPage(server);
  const xlsx = [`${set}export.xlsx`];
  const gbk = [`${set}ledger-gbk.csv`, 'gbk'];

  if (STEPS.includes(1)) {
    console.log('(1) read the platform export (XLSX, 19 columns, 2 title rows)');
    const oursXlsx = await timed(page, worker, ['ours_read', [xlsx], APP]);
    const sheetDense = await timed(page, worker, ['sheetjs_read', [xlsx], { dense: true }]);
    const sheetSparse = await timed(page, worker, ['sheetjs_read', [xlsx], { dense: false }]);
    const sheet = sheetDense.ms <= sheetSparse.ms ? sheetDense : sheetSparse;
    console.log(`  rows: ours ${oursXlsx.result.rows}, SheetJS ${sheet.result.rows}; SheetJS dense ${ms(sheetDense.ms)}, sparse ${ms(sheetSparse.ms)} (faster one compared)`);
    ratio('XLSX', oursXlsx.ms, sheet.ms, 'SheetJS');
  }

  if (STEPS.includes(2)) {
    console.log('(2) read the ledger and reconcile against the export');
    const oursRecXlsx = await timed(page, worker, ['ours_reconcile', [gbk, xlsx], APP]);
    page0 = (fn, arg) => page.evaluate(fn, arg);
    const csvs = [gbk, [`${set}export.csv`]];
    const [oursRecCsv, oursRecCsvWasmHash, duckRec] = await turns([
      [worker, ['ours_reconcile', csvs, APP]],
      [worker, ['ours_reconcile', csvs]],
      [duck, [`${set}ledger.csv`, `${set}export.csv`]],
    ]);
    console.log(`  ours (GBK CSV + XLSX) ${ms(oursRecXlsx.ms)}: ${JSON.stringify(oursRecXlsx.result.exceptions)}`);
    console.log(`  ours (GBK CSV + CSV)  ${ms(oursRecCsv.ms)}; with the fingerprints hashed in wasm, in the worker: ${ms(oursRecCsvWasmHash.ms)}`);
    console.log(`  DuckDB (UTF-8 CSV + CSV) ${ms(duckRec.ms)}: ${JSON.stringify(duckRec.result)}`);
    console.log(`  truth.json: ${JSON.stringify(Object.fromEntries(Object.entries(truth.exceptions).map(([k, v]) => [k, v.length])))}`);
    ratio('reconcile, same inputs (CSV + CSV)', oursRecCsv.ms, duckRec.ms, 'DuckDB');
    ratio('reconcile, real inputs (GBK CSV + XLSX vs UTF-8 CSV + CSV)', oursRecXlsx.ms, duckRec.ms, 'DuckDB');
  }

  if (STEPS.includes(3)) {
    console.log('(3) read the GBK ledger CSV');
    const oursCsv = await timed(page, worker, ['ours_read', [gbk], APP]);
    const papa = await timed(page, worker, ['papaparse_read', [gbk]]);
    console.log(`  rows: ours ${oursCsv.result.rows}, PapaParse ${papa.result.rows}`);
    ratio('CSV', oursCsv.ms, papa.ms, 'PapaParse');
  }
  await browser.close();
  if (!STEPS.includes(4)) return;

  console.log('(4) the app: time to interactive (cold), peak memory while reconciling');
  const app = await serve(join(root, 'dist'));
  const ttis = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await launch();
    const p = await b.newPage();
    const start = Date.now();
    await p.goto(app.url);
    await p.locator('[data-testid=worker-status].ready').waitFor({ timeout: 60000 });
    ttis.push(Date.now() - start);
    await b.close();
  }
  await app.close();
  console.log(`  time to interactive (worker answered), cold: ${ms(median(ttis))} (runs: ${ttis.join(', ')} ms)`);
  {
    const { browser: b, page: p } = await benchPage(server);
    const r = await p.evaluate(worker, ['ours_reconcile', [gbk, xlsx], APP]);
    const heap = await p.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
    console.log(`  reconcile ${ROWS} x ${ROWS}: ${ms(r.ms)}; wasm memory ${mb(r.wasmBytes)}, page JS heap ${mb(heap)}, renderer peak RSS ${mb(rendererPeak(process.pid))}`);
    await b.close();
  }
}

/** Step (5): BIG_ROWS x BIG_ROWS in the tab. */
async function big() {
  console.log(`(5) ${BIG_ROWS} x ${BIG_ROWS} rows (GBK CSV ledger + CSV export)`);
  const big = samples(BIG_ROWS, ['--no-export-xlsx']);
  const { browser: b, page: p } = await benchPage(server);
  try {
    const r = await p.evaluate(worker, ['ours_reconcile', [[`${big}ledger-gbk.csv`, 'gbk'], [`${big}export.csv`]], APP]);
    console.log(`  completed in ${ms(r.ms)}: ledger ${r.result.ledger_rows}, export ${r.result.export_rows} rows; wasm memory ${mb(r.wasmBytes)}, renderer peak RSS ${mb(rendererPeak(process.pid))}`);
  } catch (e) {
    console.log(`  FAILED: ${String(e).split('\n')[0]}; renderer peak RSS ${mb(rendererPeak(process.pid))}`);
  }
  await b.close();
}
