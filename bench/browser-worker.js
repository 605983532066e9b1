// The benchmark's worker (classic, so SheetJS and PapaParse load with importScripts): runs one
// job per message, ours (the core in wasm, bench/browser-wasm) or a JavaScript peer, on bytes
// the page sends, and answers with the result's size. The page times the round trip, so every
// contender pays the same message cost.
importScripts(
  '/bench/out/wasm/fapiao_bench_wasm.js',
  '/node_modules/xlsx/dist/xlsx.full.min.js',
  '/node_modules/papaparse/papaparse.min.js',
);

const ready = wasm_bindgen({ module_or_path: '/bench/out/wasm/fapiao_bench_wasm_bg.wasm' });

/** The files' fingerprints, with the option `hash: 'browser'`: the app's way, the page hashes
 * them (`crypto.subtle`) while this worker reads, and sends them after the files; the answer
 * waits for them. Without it the core hashes in wasm. Keyed by job id. */
const fingerprints = new Map();
const fingerprintsOf = (id) => {
  if (!fingerprints.has(id)) {
    let resolve;
    const promise = new Promise((ok) => { resolve = ok; });
    fingerprints.set(id, { promise, resolve });
  }
  return fingerprints.get(id);
};
const hashHere = ({ hash }) => hash !== 'browser';
/** Waits for the page's fingerprints of job `id` when it sends them. */
const settled = async (id, options) => {
  if (hashHere(options)) return;
  await fingerprintsOf(id).promise;
  fingerprints.delete(id);
};

const jobs = {
  /** Ours: read a ledger or export (XLSX or CSV, any encoding) into invoices. */
  ours_read: ([f], options) => ({
    rows: wasm_bindgen.read_rows(f.name, new Uint8Array(f.bytes), hashHere(options)),
  }),
  /** Ours: read both files and reconcile; the summary. */
  ours_reconcile: ([l, e], options) => JSON.parse(wasm_bindgen.reconcile_files(
    l.name, new Uint8Array(l.bytes), e.name, new Uint8Array(e.bytes), hashHere(options))),
  /** SheetJS: workbook to rows of cells (the export's header is on row 3). */
  sheetjs_read: ([f], { dense }) => {
    const wb = XLSX.read(new Uint8Array(f.bytes), { type: 'array', dense });
    const rows = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, range: 2 });
    return { rows: rows.length - 1 };
  },
  /** PapaParse: decode (GBK, as the file is) and parse with the header row. */
  papaparse_read: ([f]) => {
    const text = new TextDecoder(f.encoding ?? 'utf-8').decode(f.bytes);
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
    return { rows: parsed.data.length };
  },
};

self.onmessage = async ({ data: { id, job, files, options, sha256 } }) => {
  if (sha256) return fingerprintsOf(id).resolve(sha256);
  try {
    await ready;
    const result = await jobs[job](files, options ?? {});
    await settled(id, options ?? {});
    self.postMessage({ id, result, wasmBytes: wasm_bindgen.wasm_memory_bytes() });
  } catch (error) {
    self.postMessage({ id, error: String(error?.stack ?? error) });
  }
  // Ours keeps what it read until now, as the app does; freeing it is not part of the job.
  wasm_bindgen.release();
  self.postMessage({ id, released: true });
};
