/**
 * The projector at 1920×1080 and 1280×720 (issue 11, "while you are in session mode"): at least
 * 24 px for everything the group reads, the position and time left, two-digit counts readable in
 * their fields, equal counts shown as equal. Set SHOTS_DIR to save screenshots (light and dark).
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './support';

const SLUG = 'noor-groep-6';

/** The smallest computed font size (px) among the visible elements matching `selector`. */
async function smallestFont(page: Page, selector: string): Promise<number> {
  const sizes = await page.locator(selector).evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null && e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize)),
  );
  expect(sizes.length, `no visible ${selector}`).toBeGreaterThan(0);
  return Math.min(...sizes);
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the group reads at least 24 px at ${size.width}×${size.height} (${scheme})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: size, colorScheme: scheme });
      const page = await context.newPage();
      const shot = async (name: string) => {
        const dir = process.env['SHOTS_DIR'];
        if (dir) await page.screenshot({ path: join(dir, `projector-${size.width}x${size.height}-${scheme}-${name}.png`) });
      };
      await page.goto(`${baseURL}/sessie/${SLUG}/`);
      await waitForIslands(page);
      await page.getByRole('button', { name: 'Start de sessie' }).click();
      while (await page.locator('.session-nav').getByRole('button', { name: 'Verder' }).count()) {
        await page.locator('.session-nav').getByRole('button', { name: 'Verder' }).click();
      }
      await expect(page.getByTestId('session-position')).toContainText(/Beslissing 1 van (ongeveer )?\d+/);
      await expect(page.getByTestId('session-position')).toContainText(/nog ongeveer \d+ minuten/);
      expect(await smallestFont(page, '.session-stage__situation p, .session-stage__options li')).toBeGreaterThanOrEqual(24);
      await shot('1-situatie');

      await page.getByRole('button', { name: 'Naar het stemmen' }).click();
      const fields = page.locator('.session-votes__input');
      await fields.nth(0).fill('12');
      await fields.nth(1).fill('12');
      await page.locator('#session-phase-title').click();
      // Two digits fit in the field: nothing is cut off or covered by spin arrows.
      for (const field of await fields.all()) {
        const fits = await field.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth);
        expect(fits).toBe(true);
      }
      expect(await smallestFont(page, '.session-votes__text')).toBeGreaterThanOrEqual(24);
      await shot('2-stemmen');

      await page.getByRole('button', { name: 'Toon de uitkomst' }).click();
      expect(await smallestFont(page, '.session-reveal__count, .session-reveal__text, .session-reveal__verdict, .session-reveal__feedback, .session-reveal__summary')).toBeGreaterThanOrEqual(24);
      // Equal counts: the same count and the same share, never 50 % against 50 % rounded apart.
      const counts = page.locator('.session-reveal__votes');
      await expect(counts.nth(0)).toContainText('12 stemmen');
      await expect(counts.nth(1)).toContainText('12 stemmen');
      expect(await counts.nth(0).locator('.session-reveal__percent').textContent()).toBe(await counts.nth(1).locator('.session-reveal__percent').textContent());
      await shot('3-uitkomst');
      // The clicker on a tie: it asks to choose and never chooses.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await context.close();
    });
  }
}
