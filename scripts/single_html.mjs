#!/usr/bin/env node
// Builds dist/fapiao-check.html: the whole app in one file that works when double-clicked,
// from file://, with no network. Run by scripts/build.sh after Trunk.
//
// - Both wasm bundles are embedded as base64 in non-executable data blocks
//   (<script type="application/octet-stream">), decoded and instantiated asynchronously.
// - The page's JS (wasm-bindgen's app.js) and the starter are ONE inline module script; the
//   worker's JS (worker.js, wasm-bindgen "no-modules") is a base64 data block too, turned into
//   a blob: worker at run time: Chromium refuses `new Worker()` for file:// URLs, blob: is allowed.
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

const [appJs, workerJs, css, icon, appWasm, workerWasm, indexHtml] = await Promise.all([
  text('app.js'), text('worker.js'), text('style.css'), text('icon.svg'),
  base64('app_bg.wasm'), base64('worker_bg.wasm'), text('index.html'),
]);

// wasm-bindgen's page glue names its init function `__wbg_init` (its default export).
if (!/\bfunction __wbg_init\b/.test(appJs)) throw new Error('app.js: __wbg_init not found');
// wasm-bindgen's worker glue ("no-modules") defines a global `wasm_bindgen`.
if (!/\bwasm_bindgen\b/.test(workerJs)) throw new Error('worker.js: wasm_bindgen not found');

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
// The app asks for "./worker_loader.js" (Trunk's loader shim); here the worker is a blob: built
// from the embedded worker glue and wasm, so it also starts from file://.
const __workerUrl = URL.createObjectURL(new Blob([
  new TextDecoder().decode(__bytes('worker-js')),
  ';wasm_bindgen({ module_or_path: Uint8Array.from(atob(',
  JSON.stringify(document.getElementById('worker-wasm').textContent.trim()),
  '), (c) => c.charCodeAt(0)) });',
], { type: 'text/javascript' }));
const __NativeWorker = globalThis.Worker;
globalThis.Worker = class extends __NativeWorker {
  constructor(url, options) {
    super(String(url).endsWith('worker_loader.js') ? __workerUrl : url, options);
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
<script type="application/octet-stream" id="worker-wasm">${workerWasm}</script>
<script type="application/octet-stream" id="worker-js">${Buffer.from(workerJs).toString('base64')}</script>
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
