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
/** Per job: its answer, then the worker's word that it has freed what the job kept. */
worker.onmessage = ({ data }) => {
  const key = data.released ? `${data.id} released` : data.id;
  pending.get(key)(data);
  pending.delete(key);
};

/** A file's SHA-256 as the app's page computes it: `crypto.subtle`, in a task of its own. */
async function sha256(bytes) {
  await new Promise((ok) => setTimeout(ok));
  return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)),
    (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One job in the benchmark worker, timed from the page (message costs included). With the
 * option `hash: 'browser'` the page hashes the files while the worker reads them, as the app
 * does, and sends the fingerprints after them. */
async function inWorker(job, paths, options) {
  const inputs = await Promise.all(paths.map(([p, enc]) => file(p, enc)));
  const id = next++;
  const start = performance.now();
  const released = new Promise((ok) => pending.set(`${id} released`, ok));
  const answered = new Promise((ok) => {
    pending.set(id, ok);
    worker.postMessage({ id, job, files: inputs, options });
  });
  if (options?.hash === 'browser') {
    const sha256s = [];
    for (const f of inputs) sha256s.push(await sha256(f.bytes));
    worker.postMessage({ id, sha256: sha256s });
  }
  const answer = await answered;
  const ms = performance.now() - start;
  await released;
  if (answer.error) throw new Error(answer.error);
  return { ms, result: answer.result, wasmBytes: answer.wasmBytes };
}

let db, sql;
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

/**
 * The SQL of bench/duckdb_reconcile.py, the native benchmark's DuckDB peer, read from that file
 * so both peers run the same query (read both CSVs as text, full outer join on the invoice
 * number, compare date, seller tax id and name, amount, tax, total, status); here the
 * differences are counted by kind instead of written out.
 */
async function reconcileSql() {
  const py = await (await fetch('/bench/duckdb_reconcile.py')).text();
  const script = py.match(/con\.execute\(f"""([\s\S]*?)"""\)/)?.[1];
  const copy = script?.match(/COPY \(([\s\S]*)\) TO '\{out\}'[^;]*;/);
  if (!copy) throw new Error('bench/duckdb_reconcile.py: query not found');
  return script.slice(0, copy.index)
    .replace("'{ledger}'", "'ledger.csv'").replace("'{export}'", "'export.csv'")
    + `SELECT kind, count(*)::INTEGER AS n FROM (${copy[1]}) GROUP BY kind ORDER BY kind;`;
}

/** DuckDB: hand over the UTF-8 ledger and export CSVs, read, join, compare; counts by kind. */
async function duckReconcile(ledgerPath, exportPath) {
  const d = await duck();
  sql ??= reconcileSql();
  const [l, e] = await Promise.all([file(ledgerPath), file(exportPath)]);
  const start = performance.now();
  await d.registerFileBuffer('ledger.csv', new Uint8Array(l.bytes));
  await d.registerFileBuffer('export.csv', new Uint8Array(e.bytes));
  const conn = await d.connect();
  const table = await conn.query(await sql);
  const ms = performance.now() - start;
  const result = Object.fromEntries(table.toArray().map((r) => [r.kind, r.n]));
  await conn.query('DROP TABLE l; DROP TABLE e;');
  await conn.close();
  await d.dropFiles();
  return { ms, result };
}

window.bench = { inWorker, duckReconcile };
document.getElementById('status').textContent = 'ready';
