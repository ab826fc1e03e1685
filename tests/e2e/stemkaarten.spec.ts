/** The voting cards: linked from the session page, four big letters, and the print is two A4 sheets with two cards each. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('a trainer finds the voting cards and prints two sheets with A, B, C and D', async ({ page }) => {
  await page.goto('/sessie/');
  await page.getByRole('link', { name: 'stemkaarten A, B, C en D' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stemkaarten' })).toBeVisible();
  const cards = page.getByRole('group', { name: 'Voorbeeld van de stemkaarten' });
  await expect(cards.locator('.vote-card__letter')).toHaveText(['A', 'B', 'C', 'D']);
  await expect(page.getByRole('button', { name: 'Stemkaarten printen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Stemkaarten' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(2);
});
