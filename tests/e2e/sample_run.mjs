// Shared by the offline and single-file specs: run the sample reconciliation through the UI and
// read the summary's counts, and the counts the sample generator's truth.json expects.
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
