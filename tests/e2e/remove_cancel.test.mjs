// Removing a file and cancelling a slow read: a removed file stays removed when the worker is
// replaced, a cancelled read is said so on its card and not started again, and what else was
// loaded is kept and still reconciles to the sample's truth.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, root, cardFacts, loadSamples, reconcileToTruth, screenshot, bigLedger } from './harness.mjs';

const truth = JSON.parse(await readFile(join(root, 'static/samples/truth.json'), 'utf8'));
// Enough rows to be still reading when the cancel button is pressed, even on a busy machine
// where the page is slow to show it (a few seconds of reading).
const ROWS = 600000;

let server, browser, dir, big;
before(async () => {
  ({ dir, path: big } = await bigLedger(ROWS, 'big.csv'));
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('remove a file, cancel a slow read: the removed file stays removed, the rest is kept', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/reconcile');
  await loadSamples(page);
  const [ledger, exported] = await cardFacts(page);
  await page.getByRole('button', { name: `移除 ${exported.name}` }).click();
  assert.deepEqual(await cardFacts(page), [ledger]);

  await page.getByTestId('file-input').setInputFiles(big);
  await page.getByTestId('progress').getByRole('button', { name: '取消' }).click();
  const alert = page.locator('[data-testid=file-card][aria-label="big.csv"] [role=alert]');
  await alert.waitFor({ timeout: 10000 });
  const said = await alert.innerText();
  assert.match(said, /\[app\.read_cancelled\]/);
  assert.match(said, /已取消读取/);

  // A fresh worker, given the ledger again: the removed export is not back, the cancelled
  // file is not read again.
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  await page.locator('[data-testid=file-card]').first().locator('[data-testid=sha256]').waitFor({ timeout: 20000 });
  assert.deepEqual(await cardFacts(page), [ledger, { name: 'big.csv', sha: null }]);
  assert.match(await alert.innerText(), /\[app\.read_cancelled\]/);
  await screenshot(page, 'cancelled-read-zh');

  // The kept ledger, with the export loaded again, reconciles as before.
  await page.getByTestId('file-input').setInputFiles(join(root, 'static/samples/export.xlsx'));
  await page.locator('[data-testid=file-card] [data-testid=sha256]').nth(1).waitFor({ timeout: 20000 });
  await reconcileToTruth(page, truth, assert);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
