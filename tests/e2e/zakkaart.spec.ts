import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('the pocket card has the steps, the questions, both numbers, the consent ages and no axe violations', async ({ page }) => {
  await page.goto('/zakkaart/');
  await expect(page.getByRole('heading', { level: 1, name: 'Zakkaart Meldcode' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'De vijf stappen van de Meldcode' }).getByRole('listitem');
  await expect(steps).toHaveCount(5);
  const questions = page.getByRole('region', { name: 'Het afwegingskader: vijf vragen' }).getByRole('listitem');
  await expect(questions).toHaveCount(5);
  await expect(questions.nth(0)).toContainText('sluit de Meldcode af');
  await expect(questions.nth(1)).toContainText('samen met Veilig Thuis');
  await expect(questions.nth(4)).toContainText('De hulp gaat door');
  const call = page.getByRole('region', { name: 'Wie bel je?' });
  await expect(call.getByRole('link', { name: '0800-2000' })).toHaveAttribute('href', 'tel:08002000');
  await expect(call.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  const consent = page.getByRole('region', { name: 'Wie geeft toestemming om informatie te delen?' });
  await expect(consent).toContainText('jonger dan 12 jaar');
  await expect(consent).toContainText('12 tot 16 jaar');
  await expect(consent).toContainText('16 jaar en ouder');
  await expect(page.getByRole('button', { name: 'Print de zakkaart' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('printed, the pocket card is exactly one A4 page and links name the host it is served from', async ({ page, baseURL }) => {
  await page.goto('/zakkaart/');
  const host = new URL(baseURL ?? '').host;
  await expect(page.getByRole('link', { name: 'Handelingswijzer' }).last()).toHaveAttribute('data-print-href', `${host}/handelingswijzer/`);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
});
