// The web version (dist/) as an installed app: the service worker installs from the local
// server, the browser goes offline, the page reloads from the cache and the sample
// reconciliation runs again. A new build shows an update notice instead of switching silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, serve, launch, openPage, screenshot } from './harness.mjs';
import { checkPicture, expectedCounts, reconcileSample } from './sample_run.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Resolves once a service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok));
    }
  });
}

test('offline: installed once, the app reloads and reconciles with the network off', async () => {
  const { context, page, log } = await openPage(browser, server.url);
  await page.goto(server.url);
  assert.deepEqual(await reconcileSample(page), await expectedCounts());
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '发票核对' }).waitFor();
  assert.deepEqual(await reconcileSample(page), await expectedCounts());
  await screenshot(page, 'offline-reconcile');
  // The full worker, never started online, comes from the cache too.
  assert.match(await checkPicture(page), /21010038/);
  // The About page shows the digest of the single file published with this build.
  await page.locator('a[href="#/about"]').first().click();
  const published = (await readFile(join(dist, 'fapiao-check.html.sha256'), 'utf8')).split(' ')[0];
  assert.equal(await page.getByTestId('about-sha256').innerText(), published);
  assert.match(await page.getByTestId('about-build').innerText(), /网站版/);

  // The cache holds the app's own files and nothing else.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return { names, urls };
  });
  assert.equal(cached.names.length, 1, JSON.stringify(cached.names));
  assert.ok(cached.urls.every((u) => u.startsWith(server.url)), JSON.stringify(cached.urls));
  assert.ok(cached.urls.includes(`${server.url}app_bg.wasm`));
  assert.ok(cached.urls.includes(`${server.url}worker_bg.wasm`));
  assert.ok(cached.urls.includes(`${server.url}worker_full_bg.wasm`));
  assert.deepEqual(log.foreign, [], 'requests to other hosts');
  assert.deepEqual(log.errors, [], 'console errors');
  await context.close();
});

test('offline: a new build is announced, and applied only when the user reloads', async () => {
  // A copy of dist/ on a second server, whose sw.js changes after the first visit (a deploy).
  const copy = await mkdtemp(join(tmpdir(), 'fapiao-dist-'));
  await cp(dist, copy, { recursive: true });
  const original = await readFile(join(copy, 'sw.js'), 'utf8');
  const updating = await serve(copy);
  const { context, page, log } = await openPage(browser, updating.url);
  try {
    await page.goto(updating.url);
    await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 30000 });
    await controlled(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(await page.getByTestId('update-notice').count(), 0, 'no notice on first install');

    const deployed = original.replace(/const BUILD = '[^']*'/, "const BUILD = 'next-build'");
    assert.notEqual(deployed, original, 'sw.js carries a build id');
    await writeFile(join(copy, 'sw.js'), deployed);
    await page.reload();
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 15000 });
    assert.match(await notice.innerText(), /新版本.*new version/s);
    // Not switched silently: the new version waits, the old one still serves the page.
    const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting));
    assert.ok(waiting, 'the new service worker waits for the user');
    assert.ok((await page.evaluate(() => caches.keys())).includes(before[0]));

    await notice.getByRole('button').click();
    await page.waitForFunction(async () =>
      JSON.stringify(await caches.keys()) === JSON.stringify(['fapiao-check-next-build']));
    await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 30000 });
    assert.deepEqual(log.foreign, []);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await updating.close();
    await rm(copy, { recursive: true, force: true });
  }
});
