/**
 * Content people can trust is current: every reference page says when it was last checked and
 * against which sources, and links to "Wat is er veranderd", which lists the changes by date.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseChangelog } from '../../src/engine/changelog/parse';
import { dutchDay } from '../../src/lib/reviewed';
import { SOURCES } from '../../src/schemas/sources';
import { expectNoAxeViolations } from './support';

const changes = parseChangelog(readFileSync('content/changelog.yaml', 'utf8'));

test('a reference page says when it was last checked, against which sources, and links to the changes', async ({ page }) => {
  const mdx = readFileSync('content/reference/handelingswijzer/stap-1.mdx', 'utf8');
  const reviewed = /^lastReviewed: (\S+)$/m.exec(mdx)?.[1] ?? '';
  await page.goto('/handelingswijzer/stap-1/');
  const line = page.locator('.reviewed');
  await expect(line).toContainText(`Laatst nagekeken op ${dutchDay(reviewed)}, tegen: `);
  await expect(line).toContainText(SOURCES.handelingswijzer.short);
  await line.getByRole('link', { name: 'Wat is er veranderd?' }).click();
  await expect(page).toHaveURL(/\/wat-is-er-veranderd\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er veranderd');
});

test('every reference page has a review line', async ({ page }) => {
  for (const route of ['/afwegingskader/', '/privacy/toestemming/', '/veilig-thuis/', '/vastleggen/']) {
    await page.goto(route);
    await expect(page.locator('.reviewed'), route).toContainText(/^Laatst nagekeken op \d{1,2} [a-z]+ 20\d\d, tegen: .+\./);
  }
});

test('"Wat is er veranderd" lists every change under its date, newest first, and the footer links to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Wat is er veranderd' }).click();
  await expect(page).toHaveURL(/\/wat-is-er-veranderd\/$/);
  const days = page.locator('.changelog__day h2');
  const expectedDays = [...new Set(changes.map((c) => c.date))].map((d) => dutchDay(d));
  await expect(days).toHaveText(expectedDays);
  await expect(page.locator('.changelog__item')).toHaveCount(changes.length);
  const first = changes[0]!;
  await expect(page.locator('.changelog__item').first()).toContainText(first.title);
  await expect(page.locator('.changelog__item').first()).toContainText(first.text.slice(0, 40));
  await expectNoAxeViolations(page);
});
