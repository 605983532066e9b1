// Registers the service worker (static/sw.js) so the app opens offline, but only when the page
// is served over http(s); opened from file:// there is nothing to register. When a new version
// has been downloaded, a notice offers to reload; nothing changes until the user clicks it.
(() => {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  let updating = false;

  function notice(waiting) {
    if (document.querySelector('[data-testid=update-notice]')) return;
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.dataset.testid = 'update-notice';
    // CSSOM, not a style attribute: the Content-Security-Policy forbids inline styles.
    Object.assign(box.style, {
      position: 'fixed', insetInline: '1rem', bottom: '1rem', zIndex: '1000', padding: '0.75rem 1rem',
      background: '#fff8e6', border: '1px solid #b54708', borderRadius: '8px',
      display: 'flex', gap: '1rem', alignItems: 'center', justifyContent: 'space-between',
    });
    const text = document.createElement('span');
    text.textContent = '新版本已下载，重新加载后生效。A new version is ready; it applies when you reload.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '重新加载 Reload';
    button.addEventListener('click', () => {
      updating = true;
      waiting.postMessage('fapiao-check:update');
    });
    box.append(text, button);
    document.body.append(box);
  }

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) location.reload();
  });

  window.addEventListener('load', async () => {
    try {
      const registration = await navigator.serviceWorker.register('./sw.js');
      // A version downloaded on an earlier visit, still waiting.
      if (registration.waiting && navigator.serviceWorker.controller) notice(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          // With no controller this is the first install, not an update: nothing to announce.
          if (worker.state === 'installed' && navigator.serviceWorker.controller) notice(worker);
        });
      });
    } catch (error) {
      console.warn('service worker not registered; the app still works online', error);
    }
  });
})();
