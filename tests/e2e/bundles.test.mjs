// The split download: the table workflows run on the page and the table worker alone; the full
// worker (pictures, PDF, XLSX) is fetched only when 单张查验 or an XLSX download needs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, openPage, root } from './harness.mjs';
import { expectedCounts, reconcileSample } from './sample_run.mjs';

const picture = join(root, 'crates/fapiao-core/tests/fixtures/docs/qr_e_invoice.png');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page whose service worker is blocked, so every request is the page's own (and seen). */
async function page() {
  const opened = await openPage(browser, server.url, { serviceWorkers: 'block' });
  const full = () => opened.log.requests.filter((u) => /worker_full/.test(u));
  return { ...opened, full };
}

test('bundles: the table workflows never fetch the full worker; XLSX does, once', async () => {
  const { context, page: p, log, full } = await page();
  await p.goto(server.url);
  assert.deepEqual(await reconcileSample(p), await expectedCounts());
  const [csv] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download-csv').click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  assert.deepEqual(full(), [], 'the full worker is not fetched by the table workflows');

  // A picture dropped on the table workflows is pointed to 单张查验.
  await p.getByTestId('file-input').setInputFiles(picture);
  await p.getByText('[read.no_pictures]').waitFor({ timeout: 20000 });
  assert.match(await p.locator('.problem.error').last().innerText(), /单张查验/);
  assert.deepEqual(full(), []);

  for (let i = 0; i < 2; i++) {
    const [xlsx] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download-xlsx').click()]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  }
  assert.ok(full().some((u) => u.endsWith('worker_full_loader.js')), JSON.stringify(log.requests));
  assert.equal(full().filter((u) => u.endsWith('worker_full_loader.js')).length, 1, 'started once');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('bundles: 单张查验 starts the full worker and reads a picture', async () => {
  const { context, page: p, log, full } = await page();
  await p.goto(server.url + '#/single');
  await p.locator('[data-testid=worker-status].ready').waitFor({ timeout: 30000 });
  assert.deepEqual(full(), []);
  await p.getByTestId('single-file-input').setInputFiles(picture);
  await p.getByTestId('single-result').waitFor({ timeout: 30000 });
  assert.match(await p.getByTestId('single-result').innerText(), /21010038/);
  assert.ok(full().some((u) => u.endsWith('worker_full_loader.js')));
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
