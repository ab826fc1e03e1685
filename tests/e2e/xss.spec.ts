/**
 * Free text is never executed: each payload goes into every free-text entry point that is not
 * covered by its own feature test (URL query parameters, the search box, an imported progress
 * file), and the test asserts that nothing runs and that the text is shown as text where it is shown.
 * Trainer notes (sessie.spec.ts) and the certificate name (leerroutes.spec.ts) have their own payload tests.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './support';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "'-window.__xss=1-'",
  'javascript:window.__xss=1',
  '</textarea><img src=x onerror=window.__xss=1>',
  '{@html "<img src=x onerror=window.__xss=1>"}',
  '${window.__xss=1}',
];

/** Fails the test if any payload ran: a dialog, a page error or the marker on window. */
function guard(page: Page): () => Promise<void> {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return async () => {
    const marker = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null);
    expect(marker).toBeNull();
    expect(problems).toEqual([]);
  };
}

for (const payload of PAYLOADS) {
  test(`URL parameters do not execute: ${payload}`, async ({ page }) => {
    const check = guard(page);
    const q = encodeURIComponent(payload);
    for (const path of [`/zoeken/?q=${q}`, `/afwegingskader/?afweging=${q}`, `/certificaat/?route=${q}`, `/casussen/?setting=${q}`]) {
      await page.goto(path);
      await waitForIslands(page);
      await expect(page.locator('h1')).toBeVisible();
    }
    await page.goto(`/zoeken/?q=${q}`);
    await waitForIslands(page);
    await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
    await check();
  });
}

test('the header search box shows typed payloads as text and runs nothing', async ({ page }) => {
  const check = guard(page);
  await page.goto('/');
  await waitForIslands(page);
  const box = page.getByRole('combobox').first();
  for (const payload of PAYLOADS) {
    await box.fill(payload);
    await page.waitForTimeout(300);
    await expect(page.locator('header img[src="x"], header svg[onload]')).toHaveCount(0);
  }
  await check();
});

test('an imported progress file with payloads in every value changes nothing and runs nothing', async ({ page }) => {
  const check = guard(page);
  await page.goto('/voortgang/');
  await waitForIslands(page);
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const data = Object.fromEntries(PAYLOADS.map((p, i) => [i % 2 ? 'vh:name' : `vh:case:${p}`, p]));
  const bundle = { app: 'veilig-handelen', version: 1, exportedAt: '2026-11-23T12:00:00.000Z', data };
  await page.getByLabel('Kies een voortgangsbestand (.json)').setInputFiles({
    name: 'voortgang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await expect(page.locator('[role="alert"]')).not.toBeEmpty();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await check();
});

test('a progress file with a payload as the name is shown as text on the certificate page', async ({ page }) => {
  const check = guard(page);
  const payload = PAYLOADS[0]!;
  await page.goto('/voortgang/');
  await page.evaluate((name) => localStorage.setItem('vh:name', name), payload.replace(/[<>"]/g, (c) => c));
  await page.goto('/voortgang/');
  await waitForIslands(page);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await check();
});
