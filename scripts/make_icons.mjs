#!/usr/bin/env node
// Renders static/icon.svg to the PNG icons the web app manifest names (192 and 512 pixels),
// with the same Chromium the tests use. The PNGs are committed; run this after changing the SVG:
//   node scripts/make_icons.mjs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, root } from '../tests/e2e/harness.mjs';

const svg = await readFile(join(root, 'static', 'icon.svg'), 'utf8');
const browser = await launch();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const path = join(root, 'static', `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    console.log(`wrote static/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
