/**
 * Registers the service worker (dist/sw.js, see scripts/build-sw.mjs) and tells the user when a
 * new version is ready. Loaded on every page, so it stays tiny and imports workbox-window lazily.
 */

/** Shows the update notice and wires its button to activate the waiting worker. */
function offerUpdate(activate: () => void): void {
  const notice = document.getElementById('sw-update');
  const button = notice?.querySelector('button');
  if (!notice || !button) return;
  notice.hidden = false;
  button.addEventListener('click', activate, { once: true });
}

/** Registers the worker after the page has loaded, in production builds only. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    offerUpdate(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  try {
    await wb.register();
  } catch {
    // No service worker (private mode, blocked by policy): the site still works online.
  }
}
