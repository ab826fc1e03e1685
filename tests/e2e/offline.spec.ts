import { expect, test } from '@playwright/test';
import { waitForIslands } from './support';

// A training room without Wi-Fi: after one visit the service worker serves the whole site.
test.use({ serviceWorkers: 'allow' });

test('after one visit the site works offline: reference, a case and search', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.active?.state;
  });

  // While offline, the update check of the service worker stays quiet: no error on the page or in the
  // console, no update notice, and no request for /sw.js (the check runs again once the network is back).
  const offlineProblems: string[] = [];
  const swRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') offlineProblems.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => offlineProblems.push(`${page.url()}: ${error.message}`));
  context.on('request', (request) => {
    if (new URL(request.url()).pathname === '/sw.js') swRequests.push(request.url());
  });

  await context.setOffline(true);

  await page.goto('/handelingswijzer/stap-3/');
  await expect(page.locator('h1')).toContainText('Stap 3');

  await page.goto('/casussen/');
  await waitForIslands(page);
  const firstCase = page.locator('main a[href^="/casussen/"]').first();
  const href = await firstCase.getAttribute('href');
  await page.goto(href!);
  await waitForIslands(page);
  await expect(page.locator('h1')).toBeVisible();
  // Play the first two steps with whatever buttons the case offers.
  for (let i = 0; i < 2; i++) {
    const button = page.locator('main button:visible').first();
    await button.click();
  }
  await expect(page.locator('main')).toBeVisible();

  await page.goto('/zoeken/?q=verwijsindex');
  await waitForIslands(page);
  await expect(page.locator('main')).toContainText(/Verwijsindex/i);
  await expect(page.locator('main')).not.toContainText(/kon niet|fout/i);

  // A page opened while offline (the browser then also reports navigator.onLine false) skips the
  // update check until the network is back.
  const later = await context.newPage();
  later.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') offlineProblems.push(`${later.url()}: ${msg.text()}`);
  });
  later.on('pageerror', (error) => offlineProblems.push(`${later.url()}: ${error.message}`));
  await later.goto('/privacy/');
  await expect(later.locator('html')).toHaveAttribute('data-sw', 'offline');
  await expect(later.locator('#sw-update')).toBeHidden();
  await expect(page.locator('#sw-update')).toBeHidden();
  expect(offlineProblems).toEqual([]);
  expect(swRequests).toEqual([]);

  await context.setOffline(false);
  await expect(later.locator('html')).toHaveAttribute('data-sw', 'registered');
  await expect(later.locator('#sw-update')).toBeHidden();
});
