/**
 * The progress page end to end: the overview, export → reset → import round trip,
 * refused files that leave progress intact, and axe in every state.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './support';
import { passedCase, passedQuiz, progressEntries, seed, watchForTrouble } from './leerroutes-seed';

const SEEDED: [string, string][] = [
  passedCase('noor-groep-6', 80),
  passedQuiz(87),
  ['vh:pages:v1', JSON.stringify({ '/vastleggen/': { readAt: '2026-11-20T09:00:00.000Z' } })],
  ['vh:exercises:v1', JSON.stringify({ v: 1, results: { 'vastleggen-school': { bestPercent: 75, completedAt: '2026-11-20T09:30:00.000Z' } } })],
  ['vh:name', 'Anna de Vries'],
];

async function open(page: Page): Promise<string[]> {
  const trouble = watchForTrouble(page);
  await seed(page, SEEDED);
  await page.goto('/voortgang/');
  await waitForIslands(page);
  return trouble;
}

/** Chooses a file for import from memory. */
async function chooseFile(page: Page, name: string, content: string | Buffer) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  await page.getByLabel('Kies een voortgangsbestand (.json)').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('the overview shows every path, case, the test, exercises and pages read', async ({ page }) => {
  const trouble = await open(page);
  const noor = page.getByRole('row').filter({ hasText: 'Noor vertelt het in de pauze' });
  await expect(noor).toContainText('Gehaald');
  await expect(noor).toContainText('80%');
  await expect(page.getByRole('region', { name: 'Privacytoets' })).toContainText('87% goed (gehaald)');
  await expect(page.getByRole('region', { name: 'Oefeningen en hulpmiddelen' })).toContainText('Gedaan, beste score 75%');
  await expect(page.getByRole('region', { name: "Gelezen pagina's" })).toContainText(/Je hebt 1 van de \d+ pagina's gelezen/);
  await expect(page.getByRole('region', { name: 'Leerroutes' })).toContainText(/Basisonderwijs: 4 van de \d+ onderdelen klaar/);
  await expectNoAxeViolations(page);
  expect(trouble).toEqual([]);
});

test('export, reset with confirmation, then import gives back exactly the same progress', async ({ page }, testInfo) => {
  const trouble = await open(page);
  const before = await progressEntries(page);
  expect(Object.keys(before).sort()).toEqual(SEEDED.map(([k]) => k).sort());

  // Export.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download je voortgang' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^veilig-handelen-voortgang-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { app: string; version: number; data: Record<string, string> };
  expect(bundle).toMatchObject({ app: 'veilig-handelen', version: 1 });
  expect(bundle.data).toEqual(before);

  // Reset asks first; "no" changes nothing and returns focus.
  const resetButton = page.getByRole('button', { name: 'Wis al je voortgang' });
  await resetButton.click();
  await expect(page.getByRole('heading', { name: 'Weet je het zeker?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Nee, niet wissen' }).click();
  await expect(resetButton).toBeFocused();
  expect(await progressEntries(page)).toEqual(before);

  // Reset for real.
  await resetButton.click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText('Al je voortgang is gewist.')).toBeFocused();
  expect(await progressEntries(page)).toEqual({});
  await expect(page.getByRole('row').filter({ hasText: 'Noor vertelt het in de pauze' })).toContainText('Nog niet gespeeld');
  await expectNoAxeViolations(page);

  // Import the exported file: checked, confirmed, written.
  await chooseFile(page, 'export.json', readFileSync(file));
  await expect(page.getByRole('heading', { name: 'Dit bestand inlezen?' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Dit bestand inlezen?' })).toContainText('bevat 5 onderdelen');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ja, lees in' }).click();
  await expect(page.getByText('Je voortgang is ingelezen.')).toBeFocused();
  expect(await progressEntries(page)).toEqual(before);
  await expect(page.getByRole('row').filter({ hasText: 'Noor vertelt het in de pauze' })).toContainText('Gehaald');
  await expectNoAxeViolations(page);
  expect(trouble).toEqual([]);
});

test('a damaged, foreign, oversized or polluting file is refused with a clear message and changes nothing', async ({ page }) => {
  const trouble = await open(page);
  const before = await progressEntries(page);
  const envelope = (data: string) => `{"app":"veilig-handelen","version":1,"exportedAt":"2026-11-23T12:00:00.000Z","data":${data}}`;
  const files: [string, string | Buffer, RegExp][] = [
    ['kapot.json', '{"app":"veilig-handelen","version":1,"data":{', /kunnen we niet lezen/],
    ['ander.json', JSON.stringify({ settings: { theme: 'dark' } }), /geen voortgangsbestand van Veilig Handelen/],
    ['beschadigd.json', envelope(JSON.stringify({ 'vh:case:noor-groep-6': '{"v":1,"finished":"ja"}' })), /beschadigd: een deel ervan klopt niet \(vh:case:noor-groep-6\)/],
    ['groot.json', Buffer.alloc(1_100_000, 32), /te groot/],
    ['proto.json', envelope('{"__proto__":{"polluted":"yes"}}'), /beschadigd/],
  ];
  for (const [name, content, message] of files) {
    await chooseFile(page, name, content);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Er is niets veranderd aan je voortgang.');
    await expect(page.getByRole('heading', { name: 'Dit bestand inlezen?' })).toHaveCount(0);
    expect(await progressEntries(page), name).toEqual(before);
  }
  expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
  await expectNoAxeViolations(page);

  // After a reload the progress is still all there.
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('row').filter({ hasText: 'Noor vertelt het in de pauze' })).toContainText('Gehaald');
  expect(trouble).toEqual([]);
});
