import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, holdIsland, waitForIslands } from './support';

const INDEX = '/search-index.json';
const input = (page: Page) => page.getByRole('combobox', { name: 'Zoek op de site' });
const listbox = (page: Page) => page.locator('#site-search-listbox');

/** Counts requests for the search index from now on. */
function countIndexRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === INDEX) seen.count += 1;
  });
  return seen;
}

/** Focuses the header search box with the keyboard: from the skip link, Tab until the box has focus. */
async function focusSearchWithKeyboard(page: Page) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await input(page).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('the search box is not reachable with Tab');
}

for (const viewport of [
  { name: 'mobile 360 px', width: 360, height: 740 },
  { name: 'desktop 1920 px', width: 1920, height: 1080 },
]) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the header search shows results as you type and opens one with the keyboard', async ({ page }) => {
      await page.goto('/');
      await waitForIslands(page);
      await focusSearchWithKeyboard(page);
      await expect(listbox(page)).toBeHidden();
      await page.keyboard.type('verwijsindex');
      await expect(listbox(page)).toBeVisible();
      await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(listbox(page).getByRole('option').first()).toContainText('Verwijsindex');
      await expect(listbox(page).locator('mark').first()).toHaveText(/verwijsindex/i);
      await expectNoAxeViolations(page);

      // The box stays inside the viewport; on a phone it uses the phone's width (minus the page gutters).
      const box = await page.locator('.search-box__popup').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
      if (viewport.width < 640) expect(box!.width).toBeGreaterThanOrEqual(viewport.width - 40);

      await page.keyboard.press('ArrowDown');
      await expect(input(page)).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
      await expect(page.locator('#site-search-option-0')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await expect(input(page)).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/verwijsindex\/#|\/verwijsindex\/$/);
    });

    test('Escape closes the results; "Alle resultaten" goes to /zoeken/', async ({ page }) => {
      await page.goto('/privacy/');
      await waitForIslands(page);
      await input(page).focus();
      await page.keyboard.type('toestemming 14 jaar');
      await expect(listbox(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(listbox(page)).toBeHidden();
      await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(input(page)).toHaveValue('toestemming 14 jaar');
      await expectNoAxeViolations(page);
      await page.keyboard.press('ArrowDown'); // reopens
      await expect(listbox(page)).toBeVisible();
      await page.keyboard.press('ArrowUp'); // from the input, up goes to the last option
      await expect(page.locator('.search-box__all')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/zoeken\/\?q=toestemming(%20|\+)14(%20|\+)jaar$/);
      await expect(page.locator('.search-page__results li').first()).toContainText('Toestemming');
    });
  });
}

test('the index is not requested on a page load without searching, and once when a search starts', async ({ page }) => {
  const requests = countIndexRequests(page);
  await page.goto('/veilig-thuis/');
  await waitForIslands(page);
  await focusSearchWithKeyboard(page);
  await page.waitForTimeout(500);
  expect(requests.count).toBe(0);
  await page.keyboard.type('OTS');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.type(' gezinsvoogd');
  await expect(listbox(page)).toContainText('gezinsvoogd');
  expect(requests.count).toBe(1);
});

test('the search box loads its code only when someone goes to it, and keeps what was typed meanwhile', async ({ page }) => {
  const svelte: string[] = [];
  page.on('request', (request) => {
    if (/\/(SearchBox|client)\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) svelte.push(request.url());
  });
  const release = await holdIsland(page, 'SearchBox');
  await page.goto('/handelingswijzer/stap-3/');
  await waitForIslands(page);
  expect(svelte).toEqual([]);
  // Focus starts the load; the code is held back, as on a slow phone, while the learner types.
  await input(page).focus();
  await page.keyboard.type('verwijsindex');
  await expect.poll(() => svelte.length).toBeGreaterThan(0);
  await expect(listbox(page)).toBeHidden();
  release();
  await expect(listbox(page)).toBeVisible();
  await expect(input(page)).toHaveValue('verwijsindex');
  await expect(listbox(page).getByRole('option').first()).toContainText('Verwijsindex');
});

test('/zoeken/?q= works on its own and on reload, with page, section, kind and marked words', async ({ page }) => {
  await page.goto('/zoeken/?q=huisarts%20beroepsgeheim');
  await waitForIslands(page);
  await expect(page.getByLabel('Waar zoek je naar?')).toHaveValue('huisarts beroepsgeheim');
  const first = page.locator('.search-page__results > li').first();
  await expect(first.getByRole('heading', { level: 2 })).toContainText('Mag de huisarts informatie geven?');
  await expect(first).toContainText('Veilig Thuis');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'resultaten voor' })).toContainText('huisarts beroepsgeheim');
  await expectNoAxeViolations(page);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.search-page__results > li').first()).toContainText('Mag de huisarts informatie geven?');
});

test('a privacy-test question is found without its answer and links to the test', async ({ page }) => {
  await page.goto('/zoeken/?q=leerling%20vertelt');
  await waitForIslands(page);
  const quiz = page.locator('.search-page__results > li').filter({ hasText: 'Privacytoets' });
  await expect(quiz.first()).toBeVisible();
  for (const result of await quiz.all()) {
    await expect(result).toContainText('Toetsvraag');
    await expect(result).not.toContainText(/het (goede|juiste) antwoord|antwoord is/i);
    await expect(result.getByRole('link').first()).toHaveAttribute('href', '/privacytest/');
  }
});

test('the results page searches as you type and keeps the URL in step', async ({ page }) => {
  await page.goto('/zoeken/');
  await waitForIslands(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Waar zoek je naar?').focus();
  await page.keyboard.type('acute onveiligheid');
  await expect(page.locator('.search-page__results > li').first()).toContainText('Acute onveiligheid');
  await expect(page).toHaveURL(/q=acute(\+|%20)onveiligheid/);
});

test('a long result list shows 20 at first; "Meer resultaten tonen" adds more and moves focus to the first new one', async ({ page }) => {
  await page.goto('/zoeken/?q=melden');
  await waitForIslands(page);
  const items = page.locator('.search-page__results > li');
  await expect(items).toHaveCount(20);
  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(40);
  await expect(page.locator('.search-page__results a[data-result="20"]')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the search runs in a worker: the page itself never loads lunr', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/zoeken/?q=verwijsindex');
  await waitForIslands(page);
  await expect(page.locator('.search-page__results > li').first()).toContainText('Verwijsindex');
  expect(workers.some((w) => /search\.worker/.test(w))).toBe(true);
  expect(scripts.filter((s) => /\/search\.(?!worker)[\w-]+\.js$/.test(s))).toEqual([]);
});

test('lunr syntax and a very long query give results or "niets gevonden", never an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const q of ['*:~^+-', 'OTS^10 +kind -ouders ~2', 'x'.repeat(1000)]) {
    await page.goto(`/zoeken/?q=${encodeURIComponent(q)}`);
    await waitForIslands(page);
    await expect(page.getByRole('status').filter({ hasText: /resultaten? voor|Niets gevonden/ })).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Niets gevonden' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('every section link in the index points at a heading that exists on the built page', () => {
  const data = JSON.parse(readFileSync(`dist${INDEX}`, 'utf8')) as { docs: { url: string }[] };
  const missing: string[] = [];
  for (const { url } of data.docs) {
    const [path, id] = url.split('#');
    if (!id) continue;
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    if (!html.includes(`id="${id}"`)) missing.push(url);
  }
  expect(missing).toEqual([]);
  expect(data.docs.some((d) => d.url.startsWith('/casussen/'))).toBe(true);
});
