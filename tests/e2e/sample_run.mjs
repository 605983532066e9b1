// Shared by the offline and single-file specs: run the sample reconciliation through the UI and
// read the summary's counts, and the counts the sample generator's truth.json expects; check one
// invoice from a picture of its QR code (the full worker, started on first use).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './harness.mjs';

/** Exception counts by kind, from the sample generator's ground truth. */
export async function expectedCounts() {
  const truth = JSON.parse(await readFile(join(root, 'static', 'samples', 'truth.json'), 'utf8'));
  return Object.fromEntries(Object.entries(truth.exceptions).map(([kind, ids]) => [kind, ids.length]));
}

/** Waits for the worker, loads the sample files, reconciles; resolves to the shown counts. */
export async function reconcileSample(page) {
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 30000 });
  await page.locator('a[href="#/reconcile"]').first().click();
  await page.getByTestId('load-sample').click();
  await page.getByTestId('run-reconcile').click();
  const summary = page.getByTestId('summary');
  await summary.waitFor({ timeout: 30000 });
  const counts = {};
  for (const kind of Object.keys(await expectedCounts())) {
    counts[kind] = Number((await summary.locator(`[data-kind=${kind}]`).first().innerText()).trim());
  }
  return counts;
}

/** Opens 单张查验 and reads a picture of a QR code there; resolves to the result's text. */
export async function checkPicture(page) {
  await page.locator('a[href="#/single"]').first().click();
  await page.getByTestId('single-file-input')
    .setInputFiles(join(root, 'crates/fapiao-core/tests/fixtures/docs/qr_e_invoice.png'));
  await page.getByTestId('single-result').waitFor({ timeout: 30000 });
  return page.getByTestId('single-result').innerText();
}
