// Service worker: keeps the app's own files so it opens offline. Nothing else.
//
// It never sees invoice data: files the user opens are read inside the page (File API) and
// handed to the Web Worker; they are never requested over the network, so no fetch event
// carries them. Only GET requests for the files in APP_FILES are answered (from the cache);
// every other request is left to the browser untouched and nothing else is stored.
//
// BUILD is replaced by scripts/build.sh with a digest of the built files: a new build changes
// this file, the browser installs the new version beside the old one, and the page shows a
// notice (static/sw-register.js) instead of switching silently.
const BUILD = '__FAPIAO_CHECK_BUILD__';
const CACHE = `fapiao-check-${BUILD}`;
// The full worker (worker_full*: 单张查验, XLSX) and the sample data are fetched only when
// needed, but cached at install like the rest, so every view works offline.
const APP_FILES = [
  './', 'index.html', 'app.js', 'app_bg.wasm', 'worker.js', 'worker_bg.wasm',
  'worker_loader.js', 'worker_full.js', 'worker_full_bg.wasm', 'worker_full_loader.js',
  'boot.js', 'sw-register.js', 'style.css', 'icon.svg',
  'icon-192.png', 'icon-512.png', 'manifest.webmanifest',
  'samples/ledger.csv', 'samples/export.xlsx',
];
const urls = new Set(APP_FILES.map((f) => new URL(f, self.registration.scope).href));

self.addEventListener('install', (event) => {
  // `cache: 'reload'`: take the files from the server, not from a stale HTTP cache.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll([...urls].map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('fapiao-check-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  // The page's "reload to update" button.
  if (event.data === 'fapiao-check:update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (!urls.has(url.href)) return;
  event.respondWith((async () => {
    const cached = await caches.match(url.href, { cacheName: CACHE });
    return cached ?? fetch(request);
  })());
});
