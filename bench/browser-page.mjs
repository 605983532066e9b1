// The browser benchmark's page script: `window.bench` runs one timed job and returns
// { ms, result, wasmBytes }. bench/browser.mjs drives it with Playwright.
import * as duckdb from '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const files = new Map();
/** Fetches a bench file once; every job gets a copy of its bytes. */
async function file(path, encoding) {
  if (!files.has(path)) files.set(path, await (await fetch(path)).arrayBuffer());
  return { name: path.split('/').pop(), bytes: files.get(path).slice(0), encoding };
}

const worker = new Worker('/bench/browser-worker.js');
let next = 0;
const pending = new Map();
worker.onmessage = ({ data }) => { pending.get(data.id)(data); pending.delete(data.id); };

/** One job in the benchmark worker, timed from the page (message costs included). */
async function inWorker(job, paths, options) {
  const inputs = await Promise.all(paths.map(([p, enc]) => file(p, enc)));
  const id = next++;
  const start = performance.now();
  const answer = await new Promise((ok) => {
    pending.set(id, ok);
    worker.postMessage({ id, job, files: inputs, options });
  });
  const ms = performance.now() - start;
  if (answer.error) throw new Error(answer.error);
  return { ms, result: answer.result, wasmBytes: answer.wasmBytes };
}

let db;
/** DuckDB-Wasm in its own worker, from node_modules (no CDN). */
async function duck() {
  if (!db) {
    const dist = '/node_modules/@duckdb/duckdb-wasm/dist/';
    const bundle = await duckdb.selectBundle({
      mvp: { mainModule: `${dist}duckdb-mvp.wasm`, mainWorker: `${dist}duckdb-browser-mvp.worker.js` },
      eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-browser-eh.worker.js` },
    });
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker));
    await db.instantiate(bundle.mainModule);
  }
  return db;
}

// The same job as bench/duckdb_reconcile.py (read both CSVs as text, full outer join on the
// invoice number, compare date, seller tax id and name, amount, tax, total, status), counted
// by kind instead of written out.
const RECONCILE_SQL = `
CREATE TABLE l AS SELECT row_number() OVER () + 1 AS row, * FROM read_csv('ledger.csv', all_varchar = true, header = true);
CREATE TABLE e AS SELECT row_number() OVER () + 1 AS row, * FROM read_csv('export.csv', all_varchar = true, header = true);
WITH j AS (
  SELECT l."发票号码" AS l_no, e."数电发票号码" AS e_no,
         l."开票日期" AS l_date, left(e."开票日期", 10) AS e_date,
         upper(trim(l."销方税号")) AS l_tax_id, upper(trim(e."销方识别号")) AS e_tax_id,
         l."销方名称" AS l_name, e."销方名称" AS e_name,
         TRY_CAST(l."金额" AS DECIMAL(18,2)) AS l_amount, TRY_CAST(e."金额" AS DECIMAL(18,2)) AS e_amount,
         TRY_CAST(l."税额" AS DECIMAL(18,2)) AS l_tax, TRY_CAST(e."税额" AS DECIMAL(18,2)) AS e_tax,
         TRY_CAST(l."价税合计" AS DECIMAL(18,2)) AS l_total, TRY_CAST(e."价税合计" AS DECIMAL(18,2)) AS e_total,
         e."发票状态" AS status
  FROM l FULL OUTER JOIN e ON trim(l."发票号码") = trim(e."数电发票号码")
)
SELECT CASE WHEN l_no IS NULL THEN 'missing_in_ledger'
            WHEN e_no IS NULL THEN 'missing_in_export'
            WHEN status <> '正常' AND l_date = e_date AND l_tax_id = e_tax_id AND l_name = e_name
                 AND l_amount = e_amount AND l_tax = e_tax AND l_total = e_total THEN 'status'
            ELSE 'mismatch' END AS kind, count(*)::INTEGER AS n
FROM j
WHERE l_no IS NULL OR e_no IS NULL OR status <> '正常'
   OR l_date IS DISTINCT FROM e_date OR l_tax_id IS DISTINCT FROM e_tax_id
   OR l_name IS DISTINCT FROM e_name OR l_amount IS DISTINCT FROM e_amount
   OR l_tax IS DISTINCT FROM e_tax OR l_total IS DISTINCT FROM e_total
GROUP BY kind ORDER BY kind`;

/** DuckDB: hand over the UTF-8 ledger and export CSVs, read, join, compare; counts by kind. */
async function duckReconcile(ledgerPath, exportPath) {
  const d = await duck();
  const [l, e] = await Promise.all([file(ledgerPath), file(exportPath)]);
  const start = performance.now();
  await d.registerFileBuffer('ledger.csv', new Uint8Array(l.bytes));
  await d.registerFileBuffer('export.csv', new Uint8Array(e.bytes));
  const conn = await d.connect();
  const table = await conn.query(RECONCILE_SQL);
  const ms = performance.now() - start;
  const result = Object.fromEntries(table.toArray().map((r) => [r.kind, r.n]));
  await conn.query('DROP TABLE l; DROP TABLE e;');
  await conn.close();
  await d.dropFiles();
  return { ms, result };
}

window.bench = { inWorker, duckReconcile };
document.getElementById('status').textContent = 'ready';
