/**
 * Registers the service worker (dist/sw.js, see scripts/build-sw.mjs) and tells the user when a
 * new version is ready. Loaded on every page, so it stays tiny (no library: the update flow is a
 * few lines on the plain service worker API).
 * The worker lives at the base path (`href('/sw.js')`) with the base as its scope, so the site works
 * the same under `/` and under a sub-path. It precaches nothing: once it runs, this page tells it
 * which files the page already loaded, so the page you opened also works offline.
 *
 * Offline, a page the worker already serves does not register or check for an update: that check
 * can only fail (a failed request for /sw.js). It runs once the network is back, quietly: a failed
 * check never shows anything. `<html data-sw>` says what happened (`registered`, `offline`,
 * `unavailable`), for the end-to-end tests.
 */

import { basePath, href } from '../lib/url';

type SwState = 'registered' | 'offline' | 'unavailable';

function markState(state: SwState): void {
  document.documentElement.dataset['sw'] = state;
}

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
  if (!navigator.onLine && navigator.serviceWorker.controller) {
    // Served from the cache while offline: check for a new version when the network is back.
    markState('offline');
    window.addEventListener('online', () => void registerServiceWorker(), { once: true });
    return;
  }
  try {
    const registration = await navigator.serviceWorker.register(href('/sw.js'), { scope: basePath });
    watchForUpdate(registration);
    markState('registered');
    void cacheWhatThisPageLoaded();
  } catch {
    // No service worker (private mode, blocked by policy, or the network dropped during the check):
    // the site still works, and there is nothing the user needs to do.
    markState('unavailable');
  }
}

/** A new worker that installed while an old one controls the page waits; the user decides when it takes over. */
function watchForUpdate(registration: ServiceWorkerRegistration): void {
  const offer = (worker: ServiceWorker) =>
    offerUpdate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
    });
  });
}

/** Sends the worker the URLs this page loaded before the worker controlled it (same origin only). */
async function cacheWhatThisPageLoaded(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const urls = [window.location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter(
    (u) => new URL(u).origin === window.location.origin,
  );
  registration.active?.postMessage({ type: 'CACHE_URLS', urls });
}
