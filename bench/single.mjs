// In-browser timing of 单张查验 on pictures: from choosing the file to its result on the page,
// with the full worker already started (a small picture is read first), and the longest
// main-thread task meanwhile.
// Usage: make build && node bench/single.mjs [PICTURE...]   (default: three test pictures)
// RUNS=n repeats (default 3); DIST=dir[,dir2] serves other builds, taking turns when there are
// two, so that a busy spell of the machine falls on both alike.
import { basename, join, resolve } from 'node:path';
import { serve, launch, openPage, root } from '../tests/e2e/harness.mjs';

const fixtures = join(root, 'crates/fapiao-core/tests/fixtures/docs');
const pictures = process.argv.length > 2
  ? process.argv.slice(2).map((p) => resolve(p))
  : ['qr_photo.jpg', 'qr_screenshot_corner.png', 'qr_photo_15mp.jpg'].map((p) => join(fixtures, p));
const runs = Number(process.env.RUNS ?? 3);
const builds = (process.env.DIST ?? '').split(',').filter(Boolean).map((d) => resolve(d));
if (builds.length === 0) builds.push(undefined);

const servers = await Promise.all(builds.map((d) => serve(d)));
const browser = await launch();
const times = new Map();

/** One timed read of `picture` in a fresh page of `server`: [ms, longest task ms]. */
async function once(server, picture) {
  const { page, context } = await openPage(browser, server.url);
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url + '#/single');
  await page.locator('[data-testid=worker-status].ready').waitFor({ timeout: 60000 });
  const input = page.getByTestId('single-file-input');
  const result = page.getByTestId('single-result');
  // Starts the full worker and lets its code warm up.
  await input.setInputFiles(join(fixtures, 'qr_scale2.png'));
  await page.waitForFunction(() => /qr_scale2/.test(document.querySelector('[data-testid=single-result]')?.innerText ?? ''), null, { timeout: 60000 });
  await page.evaluate(() => { window.__longest = 0; });
  const name = basename(picture);
  const t0 = Date.now();
  await input.setInputFiles(picture);
  await page.waitForFunction((n) => (document.querySelector('[data-testid=single-result]')?.innerText ?? '').includes(n), name, { timeout: 120000 });
  const ms = Date.now() - t0;
  const longest = Math.round(await page.evaluate(() => window.__longest));
  const found = /\d{8,20}/.test(await result.innerText());
  await context.close();
  return [ms, longest, found];
}

for (let r = 0; r < runs; r++) {
  for (const picture of pictures) {
    for (let b = 0; b < servers.length; b++) {
      const [ms, longest, found] = await once(servers[b], picture);
      const key = `${basename(picture)}${servers.length > 1 ? ` (${basename(builds[b])})` : ''}`;
      if (!times.has(key)) times.set(key, []);
      times.get(key).push(`${ms} ms${found ? '' : ' (no invoice)'}, longest task ${longest} ms`);
    }
  }
}
for (const [key, list] of times) console.log(`${key}:\n  ${list.join('\n  ')}`);
await browser.close();
await Promise.all(servers.map((s) => s.close()));
