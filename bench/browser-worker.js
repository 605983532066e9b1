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

/** A file's SHA-256 from the browser (`crypto.subtle`, native code) with the option
 * `hash: 'browser'`; else `null`, and the core hashes in wasm as the app does. */
const sha256 = async (bytes, { hash }) => hash !== 'browser' ? null : Array.from(
  new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)),
  (b) => b.toString(16).padStart(2, '0'),
).join('');

const jobs = {
  /** Ours: read a ledger or export (XLSX or CSV, any encoding) into invoices. */
  ours_read: async ([f], options) => ({
    rows: wasm_bindgen.read_rows(f.name, new Uint8Array(f.bytes), await sha256(f.bytes, options)),
  }),
  /** Ours: read both files and reconcile; the summary. */
  ours_reconcile: async ([l, e], options) => {
    const [ls, es] = await Promise.all([sha256(l.bytes, options), sha256(e.bytes, options)]);
    return JSON.parse(wasm_bindgen.reconcile_files(
      l.name, new Uint8Array(l.bytes), ls, e.name, new Uint8Array(e.bytes), es));
  },
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

self.onmessage = async ({ data: { id, job, files, options } }) => {
  try {
    await ready;
    const result = await jobs[job](files, options ?? {});
    self.postMessage({ id, result, wasmBytes: wasm_bindgen.wasm_memory_bytes() });
  } catch (error) {
    self.postMessage({ id, error: String(error?.stack ?? error) });
  }
};
