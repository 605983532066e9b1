// Accessibility: every view, with its results on screen, in both languages, checked by axe-core
// (pinned in package-lock.json, loaded from node_modules) against WCAG 2 A and AA: contrast,
// labels, roles, names. The page's CSP forbids injected scripts, so this context bypasses it
// (the privacy tests check the CSP itself).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, openPage, loadSamples } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** axe's WCAG 2 A/AA violations on the page as it is now, one line each. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
}

/** The views a user reaches, each brought to the state with the most on screen. */
const views = {
  async single(page) {
    await page.goto(server.url + '#/single');
    await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
    await page.getByTestId('qr-text').fill('01,32,,24312000000136634917,0.01,20240514,,1DD6');
    await page.getByTestId('check-qr').click();
    await page.getByTestId('single-result').waitFor({ timeout: 20000 });
  },
  async validate(page) {
    await page.goto(server.url + '#/validate');
    await loadSamples(page);
    await page.getByTestId('run-validate').click();
    await page.getByTestId('validation-summary').waitFor({ timeout: 20000 });
    await page.locator('[data-testid=rules-reference] summary').click();
  },
  async reconcile(page) {
    await page.goto(server.url + '#/reconcile');
    await loadSamples(page);
    await page.locator('[data-testid=file-card] details').first().locator('summary').click();
    await page.getByTestId('run-reconcile').click();
    await page.getByTestId('summary').waitFor({ timeout: 20000 });
    await page.locator('[data-testid=exception-row]').first().click();
    await page.getByTestId('detail').waitFor();
  },
  async about(page) {
    await page.goto(server.url + '#/about');
    await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 20000 });
  },
};

test('accessibility: no WCAG 2 A/AA violation in any view, in Chinese or English', async () => {
  const found = [];
  for (const [name, show] of Object.entries(views)) {
    const { context, page } = await openPage(browser, server.url, { bypassCSP: true });
    await show(page);
    found.push(...(await violations(page)).map((v) => `${name} zh: ${v}`));
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang.startsWith('en'));
    found.push(...(await violations(page)).map((v) => `${name} en: ${v}`));
    await context.close();
  }
  assert.deepEqual(found, []);
});
