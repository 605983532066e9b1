// Shared by the end-to-end tests: a static server for dist/, and Debian's Chromium driven by
// playwright-core, with every request and console message recorded.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '..', '..');
export const dist = join(root, 'dist');
export const outDir = join(here, 'output');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves `dir` on 127.0.0.1 (a free port); resolves to { url, close }. */
export async function serve(dir = dist) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches Debian's Chromium headless with this machine's required flags (and `extra`). */
export async function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', ...extra,
    ],
  });
}

/**
 * Opens a page that records every request and every console error or page error.
 * `foreign` collects requests to anything but `origin`.
 */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const log = { requests: [], foreign: [], errors: [] };
  page.on('request', (r) => {
    log.requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
      log.foreign.push(r.url());
    }
  });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return { context, page, log };
}

/** Saves a screenshot under tests/e2e/output/. */
export async function screenshot(page, name) {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits for the worker, loads the sample ledger and export, and waits for both cards. */
export async function loadSamples(page) {
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  await page.getByTestId('load-sample').click();
  await page.locator('[data-testid=file-card] [data-testid=sha256]').nth(1).waitFor({ timeout: 20000 });
}

/** Name and fingerprint of every file card, in order: what a user sees of the loaded files. */
export const cardFacts = (page) => page.locator('[data-testid=file-card]').evaluateAll((cards) =>
  cards.map((c) => ({ name: c.getAttribute('aria-label'), sha: c.querySelector('[data-testid=sha256]')?.textContent ?? null })));

/** Runs the reconciliation and checks the summary shows the sample's truth counts. */
export async function reconcileToTruth(page, truth, assert) {
  await page.getByTestId('run-reconcile').click();
  await page.getByTestId('summary').waitFor({ timeout: 20000 });
  for (const [kind, list] of Object.entries(truth.exceptions)) {
    const shown = await page.locator(`[data-testid=summary] [data-kind=${kind}]`).innerText();
    assert.equal(Number(shown.replace(/,/g, '')), list.length, kind);
  }
}

/** Writes a ledger of `rows` rows, the sample ledger's rows over and over, each with an invoice
 * number of its own, as `name` in a new temporary directory; resolves to { dir, path }. */
export async function bigLedger(rows, name) {
  const [header, ...sample] = (await readFile(join(root, 'static/samples/ledger.csv'), 'utf8')).trim().split('\n');
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const row = sample[i % sample.length];
    lines.push(String(24110000000000000000n + BigInt(i)) + row.slice(row.indexOf(',')));
  }
  const dir = await mkdtemp(join(tmpdir(), 'fapiao-big-'));
  const path = join(dir, name);
  await writeFile(path, lines.join('\n') + '\n');
  return { dir, path };
}
