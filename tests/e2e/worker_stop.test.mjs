// A file too large for the browser's memory: the worker runs out of memory while reading it.
// The user is told so on that file's card (app.worker_stopped, both languages, what to do), the
// worker is replaced, and the files loaded before are untouched and still reconcile to the
// sample's truth: nothing hangs, nothing else is lost.
//
// Chromium is started with wasm memory capped at 64 MiB (V8's --wasm-max-mem-pages), so an
// ordinary 100,000-row ledger (12 MB; its records alone take about 105 MB in the worker) is "too
// large" here in a second, as a few million rows are in a real tab. The cap holds for the page
// too, which keeps the file's bytes and copies them to send them: under 48 MiB the page runs out
// first, and a page out of memory is not reported yet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, root, cardFacts, loadSamples, reconcileToTruth, bigLedger } from './harness.mjs';

const truth = JSON.parse(await readFile(join(root, 'static/samples/truth.json'), 'utf8'));
const PAGES_64_MIB = 1024;
const ROWS = 100000;

let server, browser, dir, big;
before(async () => {
  ({ dir, path: big } = await bigLedger(ROWS, '大台账.csv'));
  server = await serve();
  browser = await launch([`--js-flags=--wasm-max-mem-pages=${PAGES_64_MIB}`]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('memory runs out while reading: said on the card, worker replaced, other files kept', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/reconcile');
  await loadSamples(page);
  const loaded = await cardFacts(page);
  assert.equal(loaded.length, 2);

  const started = Date.now();
  await page.getByTestId('file-input').setInputFiles(big);
  const alert = page.locator('[data-testid=file-card][aria-label="大台账.csv"] [role=alert]');
  await alert.waitFor({ timeout: 30000 });
  const zh = await alert.innerText();
  console.log(`# told after ${Date.now() - started} ms: ${zh.replace(/\s+/g, ' ').slice(0, 160)}`);
  assert.match(zh, /\[app\.worker_stopped\]/);
  assert.match(zh, /大台账\.csv/);
  assert.match(zh, /内存/);
  assert.match(zh, /拆成/, 'says what to do');

  // A fresh worker, given the files read before: the page is not stuck on "reading".
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  await page.getByTestId('lang-switch').click();
  const en = await alert.innerText();
  assert.match(en, /ran out of memory/);
  assert.match(en, /split it into smaller files/);
  await page.getByTestId('lang-switch').click();

  const after = await cardFacts(page);
  assert.deepEqual(after.slice(0, 2), loaded);
  await reconcileToTruth(page, truth, assert);
  assert.deepEqual(log.foreign, []);
  // The stopped worker's own trap may be logged; nothing else may be.
  assert.deepEqual(log.errors.filter((e) => !/unreachable|RuntimeError/.test(e)), []);
  await context.close();
});
