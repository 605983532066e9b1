// In-browser benchmark of the app's main path (issue 7): load a 100,000-row platform-export
// XLSX and a 100,000-row GBK CSV ledger, reconcile, render the first page of results.
// Prints wall time per stage and the longest main-thread task (PerformanceObserver longtask).
// Usage: make build && node bench/app.mjs [ROWS]   (not part of `make test`: it is slow)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, launch, openPage, root } from '../tests/e2e/harness.mjs';

const rows = Number(process.argv[2] ?? 100000);
const out = join(root, 'bench', 'out', `app-${rows}`);
if (!existsSync(join(out, 'export.xlsx'))) {
  mkdirSync(out, { recursive: true });
  execFileSync('python3', [join(root, 'scripts/make_samples.py'), '--rows', String(rows), '--encoding', 'gbk', '--out', out], { stdio: 'inherit' });
}

// DIST=dir serves another build (to compare two builds in one run).
const server = await serve(process.env.DIST ? resolve(process.env.DIST) : undefined);
const browser = await launch();
const { page } = await openPage(browser, server.url);
await page.addInitScript(() => {
  window.__longtasks = [];
  // When each file's card gets its fingerprint (the worker's answer to its load), in page time.
  window.__fileDone = {};
  new MutationObserver(() => {
    for (const card of document.querySelectorAll('[data-testid=file-card]')) {
      const name = card.getAttribute('aria-label');
      if (!(name in window.__fileDone) && card.querySelector('[data-testid=sha256]')) window.__fileDone[name] = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
});
// NO_WARMUP=1: the samples cannot be had, so the worker gets no warm-up (Request::WarmUp).
if (process.env.NO_WARMUP === '1') await page.route('**/samples/**', (route) => route.abort());
const t0 = Date.now();
await page.goto(server.url + '#/reconcile');
await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 60000 });
const tti = Date.now() - t0;

const t1 = Date.now();
const setAt = await page.evaluate(() => performance.now());
await page.getByTestId('file-input').setInputFiles([join(out, 'ledger.csv'), join(out, 'export.xlsx')]);
await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-card] [data-testid=sha256]').length === 2, null, { timeout: 600000 });
const read = Date.now() - t1;

const t2 = Date.now();
await page.getByTestId('run-reconcile').click();
await page.locator('[data-testid=exception-row]').first().waitFor({ timeout: 600000 });
const reconcile = Date.now() - t2;

const t3 = Date.now();
await page.locator('[data-testid=vlist]').evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
await page.waitForTimeout(50);
await page.locator('[data-testid=exception-row]').first().waitFor();
const scroll = Date.now() - t3;

const longtasks = await page.evaluate(() => window.__longtasks);
const longest = longtasks.length ? Math.max(...longtasks.map(([, d]) => d)) : 0;
const marks = { start: 0, ready: tti, readDone: tti + read, reconcileDone: tti + read + reconcile };
const exceptions = await page.getByTestId('shown-count').innerText();
console.log(`rows: ${rows} ledger (GBK CSV) x ~${rows} export (XLSX)`);
console.log(`time to interactive (worker ready):   ${tti} ms`);
const fileDone = await page.evaluate(() => window.__fileDone);
console.log(`read both files (in the worker):      ${read} ms   (${Object.entries(fileDone).map(([n, t]) => `${n} done +${Math.round(t - setAt)} ms`).join(', ')})`);
console.log(`reconcile + first page rendered:      ${reconcile} ms`);
console.log(`scroll to the middle, rows rendered:  ${scroll} ms`);
console.log(`whole path (read + reconcile):        ${read + reconcile} ms   (goal < 2000 ms)`);
console.log(`long main-thread tasks: ${longtasks.length}, longest ${Math.round(longest)} ms   (goal: none over 200 ms)`);
console.log(`exceptions: ${exceptions}`);
console.log(`long tasks [start ms, duration ms]: ${JSON.stringify(longtasks)}; stage ends (ms since load): ${JSON.stringify(marks)}`);
await browser.close();
await server.close();
