// The two table workflows end to end in a real browser: the sample data reconciles to exactly
// the counts of its truth file; filters, detail, mapping changes, language, print to PDF,
// downloads; no request leaves the page and nothing is stored unless the user opts in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, root, outDir, loadSamples, cardFacts } from './harness.mjs';

const truth = JSON.parse(await readFile(join(root, 'static/samples/truth.json'), 'utf8'));
const kinds = ['missing_in_export', 'missing_in_ledger', 'mismatch', 'status', 'duplicate', 'invalid'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function counts(page) {
  const out = {};
  for (const k of kinds) {
    out[k] = Number((await page.locator(`[data-testid=summary] [data-kind=${k}]`).innerText()).replace(/,/g, ''));
  }
  return out;
}

async function storageDump(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    idb: (await indexedDB.databases()).map((d) => d.name),
    // The service worker may cache the app's own files, never anything else.
    cached: 'caches' in self
      ? (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat()
      : [],
  }));
}

test('reconcile: sample counts, filter, detail, mapping, print, downloads, privacy', async () => {
  const { context, page, log } = await openPage(browser, server.url, { acceptDownloads: true });
  await page.goto(server.url + '#/reconcile');
  await loadSamples(page);
  assert.match(await page.getByTestId('role-guess').innerText(), /ledger\.csv.*台账.*export\.xlsx.*平台导出/);
  await page.getByTestId('run-reconcile').click();
  await page.getByTestId('summary').waitFor({ timeout: 20000 });

  const expected = Object.fromEntries(kinds.map((k) => [k, truth.exceptions[k].length]));
  assert.deepEqual(await counts(page), expected);
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  assert.match(await page.getByTestId('shown-count').innerText(), new RegExp(`${total} / ${total}`));
  await screenshot(page, 'reconcile-zh');

  // Sorting by invoice number: the header says so, and the rows follow.
  const sortNumber = page.locator('[role=columnheader].number button');
  await sortNumber.click();
  assert.equal(await page.locator('[role=columnheader].number').getAttribute('aria-sort'), 'ascending');
  const shownNumbers = await page.locator('[data-testid=exception-row] .number').allInnerTexts();
  assert.deepEqual(shownNumbers, [...shownNumbers].sort());
  await sortNumber.click();
  assert.equal(await page.locator('[role=columnheader].number').getAttribute('aria-sort'), 'descending');

  // Filter by kind: only those rows remain.
  await page.getByTestId('filter-kind').selectOption('missing_in_export');
  const rows = page.locator('[data-testid=exception-row]');
  assert.equal(await rows.count(), expected.missing_in_export);
  for (const k of await rows.evaluateAll((els) => els.map((e) => e.dataset.kind))) assert.equal(k, 'missing_in_export');
  // Diagnoses are shown in words, and the diagnosis filter offers them in words too.
  await page.getByTestId('filter-diagnosis').selectOption('other_region');
  assert.ok((await rows.count()) > 0);
  for (const t of await rows.locator('[data-diagnosis]').allInnerTexts()) assert.equal(t, '外地开具');
  await page.getByTestId('filter-diagnosis').selectOption('');
  // Free text narrows to one invoice.
  const number = truth.exceptions.missing_in_export[0];
  await page.getByTestId('filter-text').fill(number);
  assert.equal(await rows.count(), 1);
  await rows.first().click();
  await page.getByTestId('detail').waitFor();
  assert.match(await page.getByTestId('detail').innerText(), new RegExp(number));
  assert.match(await page.getByTestId('detail').innerText(), /ledger\.csv · 第 \d+ 行/);
  await screenshot(page, 'reconcile-detail-zh');
  await page.getByTestId('filter-kind').selectOption('');
  await page.getByTestId('filter-text').fill('');

  // Downloads, generated in the browser.
  const grab = async (id) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    const path = join(outDir, d.suggestedFilename());
    await d.saveAs(path);
    return path;
  };
  const csv = await readFile(await grab('download-csv'));
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with a UTF-8 BOM');
  const csvText = csv.toString('utf8');
  for (const k of kinds) for (const n of truth.exceptions[k]) assert.ok(csvText.includes(n), `${n} in CSV`);
  const xlsx = await grab('download-xlsx');
  const sheets = execFileSync('python3', ['-c', `
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
names = [n for n in z.namelist() if n.startswith('xl/worksheets/')]
text = z.read('xl/sharedStrings.xml').decode('utf-8')
print(len(names)); print(text)`, xlsx]).toString();
  const [sheetCount, ...rest] = sheets.split('\n');
  assert.ok(Number(sheetCount) >= 2, 'a summary sheet and sheets per kind');
  for (const n of truth.exceptions.mismatch) assert.ok(rest.join('\n').includes(n), `${n} as text in XLSX`);

  // Print view → PDF with fingerprints and signature lines.
  await page.getByTestId('print').click();
  await page.getByTestId('print-now').waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = join(outDir, 'reconcile-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pdfText = execFileSync('pdftotext', [pdf, '-']).toString();
  for (const fp of await page.locator('.fingerprint').allInnerTexts()) {
    assert.ok(pdfText.replace(/\s/g, '').includes(fp.trim()), `fingerprint ${fp} in PDF`);
  }
  assert.match(pdfText, /核对人/);
  assert.match(pdfText, /复核人/);
  assert.ok(pdfText.includes(truth.exceptions.duplicate[0]));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(outDir, 'reconcile-print')]);
  await page.getByTestId('print-back').click();
  await page.getByTestId('summary').waitFor();

  // Nothing stored, nothing sent.
  const { cached, ...stored } = await storageDump(page);
  assert.deepEqual(stored, { local: [], session: [], cookies: '', idb: [] });
  for (const url of cached) {
    assert.match(new URL(url).pathname, /^\/([\w.-]+\.(js|wasm|css|html|png|svg|webmanifest)|samples\/(ledger\.csv|export\.xlsx))?$/, `only app files cached: ${url}`);
  }
  assert.deepEqual(log.foreign, [], 'requests to other hosts');
  assert.deepEqual(log.errors, [], 'console errors');
  await context.close();
});

test('picked files: each card shows the SHA-256 of the file', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/reconcile');
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  const files = ['ledger.csv', 'export.xlsx'].map((f) => join(root, 'static/samples', f));
  await page.getByTestId('file-input').setInputFiles(files);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-card] [data-testid=sha256]').length === 2, null, { timeout: 20000 });
  const digests = await Promise.all(files.map(async (f) => createHash('sha256').update(await readFile(f)).digest('hex')));
  assert.deepEqual((await cardFacts(page)).map((c) => c.sha).sort(), digests.sort());
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('reconcile: changing a column mapping changes the result; English; opt-in storage; clear', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/reconcile');
  await loadSamples(page);
  await page.getByTestId('run-reconcile').click();
  await page.getByTestId('summary').waitFor({ timeout: 20000 });
  const before = await counts(page);

  // Point the ledger's total at its amount column: every matched total now differs.
  const ledgerCard = page.locator('[data-testid=file-card]').first();
  await ledgerCard.locator('details.mapping summary').click();
  const amountColumn = await ledgerCard.locator('select[data-field=amount]').inputValue();
  await ledgerCard.locator('select[data-field=total]').selectOption(amountColumn);
  await page.waitForFunction(() => !document.querySelector('[data-testid=progress]'));
  await page.getByTestId('run-reconcile').click();
  await page.waitForFunction((n) => {
    const el = document.querySelector('[data-testid=summary] [data-kind=mismatch]');
    return el && Number(el.textContent.replace(/,/g, '')) !== n;
  }, before.mismatch, { timeout: 20000 });
  const after = await counts(page);
  assert.ok(after.mismatch > before.mismatch + 50, `mismatch ${before.mismatch} -> ${after.mismatch}`);

  // English.
  await page.getByTestId('lang-switch').click();
  await page.getByText('In ledger, not in export').first().waitFor();
  await screenshot(page, 'reconcile-en');

  // Settings are stored only when the user opts in, and "clear everything" wipes them.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await page.getByTestId('remember').check();
  await page.locator('#sync-days').fill('5');
  await page.locator('#sync-days').blur();
  const kept = await page.evaluate(() => localStorage.getItem('fapiao-check.settings'));
  assert.match(kept, /"sync_days":5/);
  assert.doesNotMatch(kept, /2411/, 'no invoice data in storage');
  await page.getByTestId('clear-all').click();
  assert.equal(await page.locator('[data-testid=file-card]').count(), 0);
  assert.equal(await page.getByTestId('summary').count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);

  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('validate: findings of the sample ledger, filter by severity, both languages', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/validate');
  await loadSamples(page);
  await page.getByTestId('run-validate').click();
  await page.getByTestId('validation-summary').waitFor({ timeout: 20000 });
  assert.equal(await page.locator('[data-testid=validation-summary] [data-testid=rows]').innerText(), String(truth.ledger_rows));
  const errors = Number(await page.locator('[data-severity=error]').innerText());
  assert.ok(errors > 0);
  await page.getByTestId('filter-severity').selectOption('error');
  const rules = await page.locator('[data-testid=finding-row]').evaluateAll((els) => els.map((e) => e.dataset.rule));
  assert.equal(rules.length, Math.min(errors, rules.length));
  for (const planted of truth.validation) {
    if (planted.rule === 'tax_id.checksum') continue; // a warning, not shown under "error"
    assert.ok(rules.includes(planted.rule), `${planted.rule} among the errors`);
  }
  // Rules are named in words, with the id beside them.
  const firstRule = page.locator('[data-testid=finding-row] .rule').first();
  assert.match(await firstRule.innerText(), /[\u4e00-\u9fff].*\n?.*[a-z_]+\.[a-z_]+/s);
  await page.getByTestId('filter-severity').selectOption('');
  // The findings as CSV for Excel/WPS: a BOM, the header, each planted finding on its row.
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-validation-csv').click()]);
  assert.equal(d.suggestedFilename(), '校验结果.csv');
  const path = join(outDir, d.suggestedFilename());
  await d.saveAs(path);
  const bytes = await readFile(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with a UTF-8 BOM');
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  assert.match(lines[0], /^"级别\/severity","规则\/rule","文件\/file",/);
  const shown = await page.locator('[data-testid=validation-summary] [data-severity]').allInnerTexts();
  assert.equal(lines.length - 1, shown.reduce((n, t) => n + Number(t), 0), 'one line per finding');
  for (const planted of truth.validation) {
    assert.ok(lines.some((l) => l.includes(`"${planted.rule}","ledger.csv","","${planted.row}",`)), `${planted.rule} on row ${planted.row}`);
  }
  // The rules reference lists every rule the findings name.
  await page.locator('[data-testid=rules-reference] summary').click();
  const reference = await page.getByTestId('rules-reference').innerText();
  for (const planted of truth.validation) assert.ok(reference.includes(planted.rule), planted.rule);
  await screenshot(page, 'validate-zh');
  // A 390-px phone: cards stack and the table scrolls sideways inside its box.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
  await screenshot(page, 'validate-phone');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { name: 'Findings' }).waitFor();
  await screenshot(page, 'validate-en');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('single: a 数电 QR payload is checked; a URL is refused clearly', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/single');
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  await page.getByTestId('qr-text').fill('01,32,,24312000000136634917,0.01,20240514,,1DD6');
  await page.getByTestId('check-qr').click();
  await page.getByTestId('single-result').waitFor({ timeout: 20000 });
  const card = await page.getByTestId('single-result').innerText();
  assert.match(card, /24312000000136634917/);
  assert.match(card, /2024年 · 上海/);
  assert.match(await page.getByTestId('platform-entry').innerText(), /24312000000136634917/);
  await screenshot(page, 'single-zh');
  await page.getByTestId('qr-text').fill('https://example.com/invoice?id=1');
  await page.getByTestId('check-qr').click();
  await page.locator('.errors').waitFor();
  assert.match(await page.locator('.errors').innerText(), /不是发票二维码/);
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('single: dropped files (XML + its QR image, OFD, PDF) are read and cross-checked', async () => {
  const fixtures = join(root, 'crates/fapiao-core/tests/fixtures/docs');
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url + '#/single');
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  // The older e-invoice XML and a picture of its QR code: two sources of one invoice.
  await page.getByTestId('single-file-input').setInputFiles([join(fixtures, 'e_invoice.xml'), join(fixtures, 'qr_e_invoice.png')]);
  await page.getByTestId('single-result').waitFor({ timeout: 30000 });
  const text = await page.getByTestId('single-result').innerText();
  assert.match(text, /21010038/);
  assert.match(text, /011001900311/);
  assert.match(await page.getByTestId('platform-entry').innerText(), /校验码/);
  await screenshot(page, 'single-files-zh');
  for (const file of ['e_invoice.ofd', 'shudian.pdf', 'shudian.xml']) {
    await page.getByTestId('single-file-input').setInputFiles(join(fixtures, file));
    await page.waitForFunction((f) => document.querySelector('[data-testid=single-result]')?.innerText.includes(f), file, { timeout: 30000 });
  }
  // A picture without a QR code is explained.
  await page.getByTestId('single-file-input').setInputFiles(join(fixtures, 'no_qr.png'));
  await page.locator('.errors').waitFor({ timeout: 30000 });
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
