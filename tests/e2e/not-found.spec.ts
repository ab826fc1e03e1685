/** The 404 page: an unknown address answers 404 with a Dutch page, a search box that leads to the results, and the main entries. */
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('an unknown address shows the Dutch 404 page with status 404', async ({ page }) => {
  expect(existsSync('dist/404.html')).toBe(true);
  const response = await page.goto('/bestaat-niet/echt-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Casussen' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('searchbox', { name: 'Zoek op de site' }).fill('melden');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=melden$/);
});
