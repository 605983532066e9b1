// Every string from a file is rendered as text: an XSS corpus in every field of a ledger stays
// inert in the file cards, the validation and reconciliation tables, the detail and the print
// view (no dialog, no script run, no element created from file text).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './harness.mjs';

const payloads = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"></svg>',
  'javascript:window.__pwned=4',
  '&lt;b&gt;entity&lt;/b&gt; &#60;i&#62;',
  '\u202Egnp.exe\u202C 北京\u2066测试\u2069',
  '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
];

function ledger() {
  const header = '发票号码,开票日期,销方名称,销方税号,金额,税率,税额,价税合计,备注';
  const rows = payloads.map((p, i) => {
    const q = `"${p.replace(/"/g, '""')}"`;
    const number = `2411200000001234567${i}`;
    return [number, '2024-11-05', q, q, '100.00', '13%', '13.00', '113.00', q].join(',');
  });
  // A second copy of the first row in a field that cannot parse: the number itself hostile.
  rows.push([`"${payloads[1]}"`, '2024-11-05', 'x', '91110105MA00ABCD1X', '1', '13%', '0.13', '1.13', ''].join(','));
  return Buffer.from([header, ...rows].join('\r\n'), 'utf8');
}

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('hostile text in every field stays text everywhere', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(server.url + '#/validate');
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  const before = await page.evaluate(() => ({
    scripts: document.scripts.length, imgs: document.images.length,
    svgs: document.querySelectorAll('svg').length, iframes: document.querySelectorAll('iframe').length,
  }));
  await page.getByTestId('file-input').setInputFiles({ name: '<b>ledger</b>.csv', mimeType: 'text/csv', buffer: ledger() });
  await page.locator('[data-testid=file-card] [data-testid=sha256]').waitFor({ timeout: 20000 });
  await page.getByTestId('run-validate').click();
  await page.getByTestId('validation-summary').waitFor({ timeout: 20000 });
  await page.locator('[data-testid=file-card] details.mapping summary').click();
  // Reconcile the hostile file against itself: exceptions, detail and print view render it too.
  await page.goto(server.url + '#/reconcile');
  await page.getByTestId('file-input').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: ledger() });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-card] [data-testid=sha256]').length === 2);
  // Both files look like ledgers: the user names the export.
  await page.locator('#pick-export').selectOption({ label: 'export.csv' });
  await page.getByTestId('run-reconcile').click();
  await page.getByTestId('summary').waitFor({ timeout: 20000 });
  const rows = page.locator('[data-testid=exception-row]');
  if (await rows.count() > 0) {
    await rows.first().click();
    await page.getByTestId('detail').waitFor();
  }
  await screenshot(page, 'injection');
  await page.getByTestId('print').click();
  await page.getByTestId('print-now').waitFor();
  const html = await page.content();
  assert.ok(html.includes('&lt;b&gt;ledger&lt;/b&gt;.csv') || html.includes('&lt;b&gt;ledger'), 'the file name is escaped text');

  const afterCounts = await page.evaluate(() => ({
    scripts: document.scripts.length, imgs: document.images.length,
    svgs: document.querySelectorAll('svg').length, iframes: document.querySelectorAll('iframe').length,
  }));
  assert.deepEqual(afterCounts, before, 'no element was created from file text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(log.foreign, []);
  assert.ok(!log.requests.some((u) => u.endsWith('/x')), 'the <img src=x> never loaded');
  await context.close();
});
