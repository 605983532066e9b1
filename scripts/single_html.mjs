#!/usr/bin/env node
// Builds dist/fapiao-check.html: the whole app in one file that works when double-clicked,
// from file://, with no network. Run by scripts/build.sh after Trunk.
//
// - The three wasm bundles (page, table worker, full worker) are embedded as base64 in
//   non-executable data blocks (<script type="application/octet-stream">), decoded and
//   instantiated asynchronously.
// - The page's JS (wasm-bindgen's app.js) and the starter are ONE inline module script; each
//   worker's JS (worker.js, worker_full.js: wasm-bindgen "no-modules") is a base64 data block
//   too, turned into a blob: worker when the page first starts it (Chromium refuses
//   `new Worker()` for file:// URLs, blob: is allowed). The sample data is a data block too.
// - The Content-Security-Policy allows exactly that: the inline script and style by their
//   SHA-256 (computed here), workers only from blob:, and no connections at all.
// - Writes fapiao-check.html.sha256 (`sha256sum` format) next to it and prints the digest. A
//   file cannot contain its own digest, so the About page explains how to compare the two.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
const out = join(dist, 'fapiao-check.html');

const text = (name) => readFile(join(dist, name), 'utf8');
const base64 = async (name) => (await readFile(join(dist, name))).toString('base64');
const sha256 = (s, enc = 'base64') => createHash('sha256').update(s, 'utf8').digest(enc);

/** Fails the build if `body` could end (or, with `<!--`, confuse) the element it is put in. */
function embeddable(name, body, tag) {
  if (new RegExp(`</${tag}|<!--`, 'i').test(body)) {
    throw new Error(`${name} contains "</${tag}" or "<!--" and cannot be inlined`);
  }
  return body;
}

/** The workers, by the name of their Trunk loader (`<name>_loader.js`) and bundle. */
const workers = ['worker', 'worker_full'];

const [appJs, css, icon, appWasm, indexHtml] = await Promise.all([
  text('app.js'), text('style.css'), text('icon.svg'), base64('app_bg.wasm'), text('index.html'),
]);
const workerBlocks = [];
for (const name of workers) {
  const js = await text(`${name}.js`);
  // wasm-bindgen's worker glue ("no-modules") defines a global `wasm_bindgen`.
  if (!/\bwasm_bindgen\b/.test(js)) throw new Error(`${name}.js: wasm_bindgen not found`);
  workerBlocks.push(
    `<script type="application/octet-stream" id="${name}-wasm">${await base64(`${name}_bg.wasm`)}</script>`,
    `<script type="application/octet-stream" id="${name}-js">${Buffer.from(js).toString('base64')}</script>`,
  );
}

// The sample data, which the web version fetches from samples/ (components/app.rs: `sample`).
const sampleBlocks = await Promise.all(['ledger.csv', 'export.xlsx'].map(async (name) =>
  `<script type="application/octet-stream" id="sample:${name}">${await base64(`samples/${name}`)}</script>`));

// wasm-bindgen's page glue names its init function `__wbg_init` (its default export).
if (!/\bfunction __wbg_init\b/.test(appJs)) throw new Error('app.js: __wbg_init not found');

// The starter, appended to app.js inside the same module script.
const starter = `
// ---- single-file starter (scripts/single_html.mjs) ----
const __bytes = (id) => {
  const b64 = document.getElementById(id).textContent.trim();
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
  const bin = atob(b64), bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
};
// The app asks for "./<name>_loader.js" (Trunk's loader shims); here each worker is a blob:
// built, when first started, from the embedded worker glue and wasm, so it starts from file://.
const __workerUrls = new Map();
const __workerUrl = (name) => {
  if (!__workerUrls.has(name)) {
    __workerUrls.set(name, URL.createObjectURL(new Blob([
      new TextDecoder().decode(__bytes(name + '-js')),
      ';wasm_bindgen({ module_or_path: Uint8Array.from(atob(',
      JSON.stringify(document.getElementById(name + '-wasm').textContent.trim()),
      '), (c) => c.charCodeAt(0)) });',
    ], { type: 'text/javascript' })));
  }
  return __workerUrls.get(name);
};
const __NativeWorker = globalThis.Worker;
globalThis.Worker = class extends __NativeWorker {
  constructor(url, options) {
    const file = String(url).split('/').pop();
    const name = file.endsWith('_loader.js') ? file.slice(0, -'_loader.js'.length) : '';
    super(document.getElementById(name + '-js') ? __workerUrl(name) : url, options);
  }
};
await __wbg_init({ module_or_path: __bytes('app-wasm') });
`;
const script = embeddable('app.js', appJs, 'script') + starter;
const style = embeddable('style.css', css, 'style');

const csp = [
  "default-src 'none'",
  `script-src 'sha256-${sha256(script)}' 'wasm-unsafe-eval'`,
  'worker-src blob:',
  "connect-src 'none'",
  `style-src 'sha256-${sha256(style)}'`,
  'img-src data: blob:',
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const title = indexHtml.match(/<title>([^<]*)<\/title>/)?.[1] ?? 'Fapiao Check';
const noscript = indexHtml.match(/<noscript>[\s\S]*?<\/noscript>/)?.[0] ?? '';
const iconUri = `data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}`;

const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Single-file build of Fapiao Check. Privacy by construction: this page runs only the inline
     script and style named by their SHA-256 below, may start workers only from blob: URLs it
     makes itself, and may open no connection of any kind (connect-src 'none'). -->
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="fapiao-check-build" content="single-file">
<title>${title}</title>
<link rel="icon" href="${iconUri}" type="image/svg+xml">
<style>${style}</style>
<script type="application/octet-stream" id="app-wasm">${appWasm}</script>
${workerBlocks.join('\n')}
${sampleBlocks.join('\n')}
<script type="module">${script}</script>
</head>
<body>
${noscript}
</body>
</html>
`;

await writeFile(out, html);
const digest = createHash('sha256').update(html).digest('hex');
await writeFile(`${out}.sha256`, `${digest}  fapiao-check.html\n`);
console.log(`single file: dist/fapiao-check.html ${Buffer.byteLength(html)} bytes`);
console.log(`SHA-256 (fapiao-check.html): ${digest}`);
