import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { waitForIslands } from './support';

// Offline use. A first visit downloads only the page (no precache of the whole site); what was
// visited works offline; the whole site is an explicit choice ("Hele site beschikbaar maken zonder
// internet") with its size and a progress bar, made once before a training in a room without wifi.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/**
 * What a real browser reports offline. Playwright's Chromium loses the offline emulation of
 * `navigator.onLine` when a page navigates (microsoft/playwright#42174): the page then says it is online
 * while every request fails. `true` makes every document of the page report offline; `false` reports
 * online again in the open document and fires `online`, as the browser does when the network is back.
 */
async function reportOffline(page: Page, offline: boolean): Promise<void> {
  if (offline) {
    await page.addInitScript(() => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false }));
    return;
  }
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    window.dispatchEvent(new Event('online'));
  });
}

/** Collects console errors and warnings, page errors, and requests for the worker script. */
function watch(page: Page, context: BrowserContext) {
  const problems: string[] = [];
  const swRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  context.on('request', (request) => {
    if (new URL(request.url()).pathname === '/sw.js') swRequests.push(request.url());
  });
  return { problems, swRequests };
}

test('a first visit downloads only the page; the page you opened and the case you played work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/casussen/');
  await waitForIslands(page);
  const href = await page.locator('main a[href^="/casussen/"]').first().getAttribute('href');
  await page.goto(href!);
  await waitForIslands(page);
  await controlled(page);
  // Play the case to its end online, so everything it needs has been used once.
  await page.getByRole('link', { name: 'Start de casus' }).click();
  for (let i = 0; i < 60 && (await page.locator('#case-ending-title').count()) === 0; i++) {
    await page.locator('main .case-player button:visible').first().click();
  }
  await expect(page.locator('#case-ending-title')).toBeVisible();
  // The service worker precaches nothing: no page that was not opened has been fetched.
  const pagesFetched = [...new Set(requested.filter((p) => p.endsWith('/')))];
  expect(pagesFetched.sort()).toEqual(['/casussen/', href!].sort());
  expect(requested.filter((p) => p.endsWith('search-index.json'))).toEqual([]);

  const { problems, swRequests } = watch(page, context);
  await context.setOffline(true);
  await page.goto(href!);
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  for (let i = 0; i < 60 && (await page.locator('#case-ending-title').count()) === 0; i++) {
    await page.locator('main .case-player button:visible').first().click();
  }
  await expect(page.locator('#case-ending-title')).toBeVisible();
  await expect(page.locator('.debrief__total')).toContainText('Je score:');
  await page.goto('/casussen/');
  await expect(page.locator('h1')).toBeVisible();
  expect(problems).toEqual([]);
  // A page never opened is not there: the worker says so in plain Dutch, instead of the browser's error.
  await page.goto('/handelingswijzer/stap-3/');
  await expect(page.locator('h1')).toHaveText('Deze pagina staat niet op dit apparaat');
  expect(swRequests).toEqual([]);
  await context.setOffline(false);
});

test('"Hele site beschikbaar maken zonder internet": size, progress, then reference, cases and search offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/offline/');
  await controlled(page);
  const section = page.locator('[data-offline-download]');
  await expect(section.locator('[data-offline-size]')).toContainText(/ongeveer \d+(,\d)? MB \(\d+ bestanden\)/);
  await section.getByRole('button', { name: 'Hele site beschikbaar maken zonder internet' }).click();
  await expect(section.locator('progress')).toBeVisible();
  await expect(section.getByRole('status')).toContainText('Klaar: de hele site', { timeout: 120_000 });
  const bar = await section.locator('progress').evaluate((p: HTMLProgressElement) => ({ value: p.value, max: p.max }));
  expect(bar.value).toBe(bar.max);

  const { problems, swRequests } = watch(page, context);
  await context.setOffline(true);

  await page.goto('/handelingswijzer/stap-3/');
  await expect(page.locator('h1')).toContainText('Stap 3');

  await page.goto('/casussen/');
  await waitForIslands(page);
  const href = await page.locator('main a[href^="/casussen/"]').last().getAttribute('href');
  await page.goto(href!);
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  for (let i = 0; i < 2; i++) await page.locator('main .case-player button:visible').first().click();
  await expect(page.locator('main')).toBeVisible();

  await page.goto('/zoeken/?q=verwijsindex');
  await waitForIslands(page);
  await expect(page.locator('main')).toContainText(/Verwijsindex/i);
  await expect(page.locator('main')).not.toContainText(/kon niet|fout/i);

  // A page opened while offline (the browser then also reports navigator.onLine false) skips the
  // update check until the network is back.
  const later = await context.newPage();
  await reportOffline(later, true);
  later.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${later.url()}: ${msg.text()}`);
  });
  later.on('pageerror', (error) => problems.push(`${later.url()}: ${error.message}`));
  await later.goto('/privacy/');
  await expect(later.locator('html')).toHaveAttribute('data-sw', 'offline');
  await expect(later.locator('#sw-update')).toBeHidden();
  await expect(page.locator('#sw-update')).toBeHidden();
  expect(problems).toEqual([]);
  expect(swRequests).toEqual([]);

  await context.setOffline(false);
  await reportOffline(later, false);
  await expect(later.locator('html')).toHaveAttribute('data-sw', 'registered');
  await expect(later.locator('#sw-update')).toBeHidden();
});

test('the trainer finds the choice on the session page and in the footer', async ({ page }) => {
  await page.goto('/sessie/');
  await expect(page.getByRole('button', { name: 'Hele site beschikbaar maken zonder internet' })).toBeVisible();
  await page.locator('.site-footer').getByRole('link', { name: 'Zonder internet gebruiken' }).click();
  await expect(page.locator('h1')).toHaveText('Veilig Handelen zonder internet');
});
