import { expect, test } from '@playwright/test';
import { builtRoutes, expectNoAxeViolations } from './support';

const routes = builtRoutes();

test('the site has the reference routes', () => {
  for (const route of ['/', '/handelingswijzer/', '/handelingswijzer/stap-1/', '/afwegingskader/', '/privacy/', '/veilig-thuis/', '/vastleggen/']) {
    expect(routes).toContain(route);
  }
});

for (const route of routes) {
  test(`${route} answers 200, is Dutch, has one h1, a strict CSP, no console errors and no axe violations`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveCount(1);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await expectNoAxeViolations(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/handelingswijzer/stap-1/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});

test('a step page links to the previous and next step', async ({ page }) => {
  await page.goto('/handelingswijzer/stap-2/');
  await expect(page.getByRole('link', { name: /Vorige.*Stap 1/ })).toHaveAttribute('href', '/handelingswijzer/stap-1/');
  await expect(page.getByRole('link', { name: /Volgende.*Stap 3/ })).toHaveAttribute('href', '/handelingswijzer/stap-3/');
});

test('on a phone the home page opens with what to do today, with numbers to tap', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/veilig-thuis/');
  // Tap 1: the site name goes home. The card is then in view without scrolling (tap 2 is the number).
  await page.getByRole('link', { name: 'Veilig Handelen' }).first().click();
  await expect(page).toHaveURL('/');
  const card = page.getByRole('region', { name: /^Vandaag doen: een kind vertelde je iets/ });
  await expect(card).toBeInViewport();
  // The two numbers come first, so they are on the first screen of a phone.
  const call = card.getByRole('list', { name: 'Bellen' });
  await expect(call.getByRole('link', { name: '0800-2000' })).toBeInViewport();
  await expect(call.getByRole('link', { name: '112' })).toBeInViewport();
  await expect(call.getByRole('listitem')).toHaveText([/Advies van Veilig Thuis, gratis, dag en nacht/, /Alleen bij leven of dood of ernstig letsel/]);
  await expect(card.getByRole('list', { name: 'Wat je doet' }).getByRole('listitem')).toHaveText([
    /^Blijf rustig/,
    /^Beloof geen geheimhouding/,
    /^Schrijf het vandaag op: letterlijk/,
    /^Bespreek het met je aandachtsfunctionaris/,
    /^Vraag advies aan Veilig Thuis: 0800-2000\. Gratis, dag en nacht/,
    /^Bel 112 alleen bij leven of dood, of als het kind ernstig letsel dreigt op te lopen/,
  ]);
  await expect(card.getByText('goede praktijk')).toHaveCount(2);
  await expect(card.getByRole('link', { name: '0800-2000' })).toHaveAttribute('href', 'tel:08002000');
  await expect(card.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByText('hulp bieden of organiseren, of allebei')).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(menu.getByRole('link', { name: 'Wie bel ik?' })).toHaveAttribute('href', '/wie-bel-ik/');
  await expect(menu.getByRole('link', { name: 'Groepssessie' })).toHaveAttribute('href', '/sessie/');
  await expectNoAxeViolations(page);
});
