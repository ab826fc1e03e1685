import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './support';

const cases: [string, RegExp][] = [
  ['11', /ouders met gezag, of de voogd, geven toestemming/],
  ['12', /ouders met gezag \(of de voogd\) én het kind/],
  ['15', /ouders met gezag \(of de voogd\) én het kind/],
  ['16', /jongere geeft zelf toestemming/],
];

for (const [age, expected] of cases) {
  test(`consent helper at age ${age}`, async ({ page }) => {
    await page.goto('/privacy/toestemming/');
    await waitForIslands(page);
    const input = page.getByLabel('Leeftijd van het kind (in jaren)');
    await input.focus();
    await page.keyboard.type(age);
    await expect(page.locator('.consent-helper [role="status"]')).toContainText(expected);
    await expect(page.locator('.consent-helper')).toContainText('gezinsvoogd');
    await expectNoAxeViolations(page);
  });
}

test('consent helper explains a bad age instead of failing', async ({ page }) => {
  await page.goto('/privacy/toestemming/');
  await waitForIslands(page);
  await page.getByLabel('Leeftijd van het kind (in jaren)').fill('-3');
  await expect(page.locator('.consent-helper [role="status"]')).toContainText('Vul een leeftijd in');
});
