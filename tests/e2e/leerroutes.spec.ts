/**
 * Learning paths end to end: follow a path to its certificate. The cases are seeded in
 * the case store's real format (playing them is tested in cases.spec.ts); reading a page,
 * marking a tool done and the certificate itself go through the UI.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './support';
import { PATH_SLUGS, passedCase, pathDone, pathFile, progressEntries, seed, watchForTrouble } from './leerroutes-seed';

const PATH = 'verloskunde-kraamzorg';
const CASES = ['kim-zwanger-30-weken', 'luuk-en-jet-een-plan'];
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

test('follow a path: read a page, mark a tool, then the certificate once every part is done', async ({ page }, testInfo) => {
  test.slow(); // five axe scans of long pages: more than the default minute on a busy machine
  const trouble = watchForTrouble(page);
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'));
  await seed(page, CASES.map((slug) => passedCase(slug)));

  // The list of paths shows how far the learner is.
  await page.goto('/leerroutes/');
  await waitForIslands(page);
  const card = page.locator('.card', { has: page.getByRole('link', { name: 'Verloskunde en kraamzorg' }) });
  await expect(card).toContainText(/2 van de \d+ klaar/);
  await expectNoAxeViolations(page);

  // The path page: progress, next step, and what the certificate still needs.
  await card.getByRole('link', { name: 'Verloskunde en kraamzorg' }).click();
  await expect(page).toHaveURL(`/leerroutes/${PATH}/`);
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leerroute Verloskunde en kraamzorg');
  await expect(page.locator('.path-certificate')).toContainText('Maak de privacytoets en haal hem.');
  await expectNoAxeViolations(page);

  // Next step: the first page. Scrolling to its end marks it read.
  await page.getByRole('link', { name: 'Lees: Handelingswijzer' }).click();
  await expect(page).toHaveURL('/handelingswijzer/');
  await page.locator('[data-read-tracker]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-status]')).toHaveText(/^Gelezen op 23 november 2026\./);
  await expect(page.getByRole('button', { name: 'Markeer als gelezen' })).toBeHidden();
  const pages = JSON.parse((await progressEntries(page))['vh:pages:v1'] ?? '{}') as Record<string, unknown>;
  expect(Object.keys(pages)).toEqual(['/handelingswijzer/']);
  await expectNoAxeViolations(page);

  // Back on the path, the page counts and the next step moved on.
  await page.goBack();
  await waitForIslands(page);
  const first = page.locator('.path-module').first();
  await expect(first.locator('.path-module__state')).toContainText('Gelezen');
  await expect(page.locator('.path-progress__next')).toHaveText('Lees: Wat kunnen signaleerders doen?');

  // A tool has no score: the learner marks it done, and focus stays on its new state.
  await page.getByRole('button', { name: 'Markeer als gedaan: Wie bel ik?' }).click();
  const tool = page.locator('.path-module', { has: page.getByRole('link', { name: 'Wie bel ik?' }) });
  await expect(tool.locator('.path-module__state')).toContainText('Gedaan');
  await expect(tool.locator('.path-module__state')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Wie bel ik? staat nu op gedaan.' })).toBeAttached();
  await expect(page.locator('.path-progress')).toContainText(/4 van de \d+ onderdelen klaar/);
  await expectNoAxeViolations(page);

  // Not eligible yet: the certificate page says what is missing, and shows no certificate.
  await page.goto(`/certificaat/?route=${PATH}`);
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'Nog geen certificaat: leerroute Verloskunde en kraamzorg' })).toBeVisible();
  await expect(page.getByText(/Je hebt 4 van de \d+ onderdelen gedaan\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Maak de privacytoets en haal hem.' })).toHaveAttribute('href', '/privacytest/');
  await expect(page.locator('.certificate')).toHaveCount(0);
  await expect(page.getByLabel('Je naam op het certificaat')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Everything else done (seeded in the stores' formats): now the certificate.
  await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), pathDone(PATH));
  await page.reload();
  await waitForIslands(page);
  await expectNoAxeViolations(page); // name form
  await page.getByLabel('Je naam op het certificaat').fill(HOSTILE_NAME);
  await page.getByRole('button', { name: 'Maak certificaat' }).click();

  const sheet = page.locator('.certificate');
  await expect(page.getByTestId('certificate-name')).toHaveText(HOSTILE_NAME); // shown as text
  await expect(sheet.locator('img')).toHaveCount(0);
  await expect(page.locator('#certificate-title')).toBeFocused();
  const modules = pathFile(PATH).modules;
  const pageCount = modules.filter((m) => m.type === 'page').length;
  const caseCount = modules.filter((m) => m.type === 'case').length;
  await expect(sheet).toContainText(`heeft alle ${modules.length} onderdelen van de leerroute Verloskunde en kraamzorg gedaan: ${pageCount} pagina's gelezen, 1 oefening gemaakt, 1 hulpmiddel gebruikt, ${caseCount} casussen gehaald zonder kritieke fout en de privacytoets gehaald.`);
  await expect(sheet).toContainText('Datum: 23 november 2026');
  await expect(sheet.getByRole('columnheader', { name: 'Versie' })).toHaveCount(0);
  for (const title of ['Kim, dertig weken zwanger', 'Vijf hulpverleners, één gezin']) {
    await expect(sheet.getByRole('row').filter({ hasText: title })).toContainText('16 van de 20 punten (80%)');
  }
  await expect(sheet).toContainText('Privacytoets: 87% goed');
  expect(await progressEntries(page)).toMatchObject({ 'vh:name': HOSTILE_NAME });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('certificate-screen.png'), fullPage: true });

  // Printing: only the certificate, on exactly one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for a look at the print layout
  await page.screenshot({ path: testInfo.outputPath('certificate-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  writeFileSync(testInfo.outputPath('certificate.pdf'), pdf); // for a look with pdftoppm
  expect(pdfPageCount(pdf)).toBe(1);

  expect(trouble).toEqual([]);
});

/** Pages in a PDF made by Chromium: one `/Type /Page` object per page. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the longest certificate (most cases, longest name) still prints on one A4 page', async ({ page }) => {
  const route = 'jgz-wijkteam';
  const cases = pathFile(route).modules.flatMap((m) => (m.type === 'case' && m.slug ? [m.slug] : []));
  expect(cases.length).toBeGreaterThanOrEqual(4); // the route with the most cases
  await seed(page, [...pathDone(route), ...cases.map((slug) => passedCase(slug, 100)), ['vh:name', 'Maximiliaan '.repeat(6).trim()]]);
  await page.goto(`/certificaat/?route=${route}`);
  await waitForIslands(page);
  await expect(page.locator('.certificate tbody tr')).toHaveCount(cases.length);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBe(1);

  // The counter does count: a long page gives several.
  await page.goto('/leerroutes/basisonderwijs/');
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

/** Whether the certificate page of a path offers a certificate, and what it says is missing. */
async function certificatePage(page: import('@playwright/test').Page, slug: string) {
  await page.goto(`/certificaat/?route=${slug}`);
  await waitForIslands(page);
  const title = pathFile(slug).title;
  return { title, notYet: page.getByRole('heading', { name: `Nog geen certificaat: leerroute ${title}` }) };
}

for (const slug of PATH_SLUGS) {
  test(`certificate of ${slug}: none before every part is done, then one that says what was done`, async ({ page }) => {
    const file = pathFile(slug);
    const cases = file.modules.filter((m) => m.type === 'case').map((m) => m.slug!);
    const firstPage = file.modules.find((m) => m.type === 'page')!.route!;
    // Not started.
    let { title, notYet } = await certificatePage(page, slug);
    await expect(notYet).toBeVisible();
    await expect(page.getByText(`Je hebt 0 van de ${file.modules.length} onderdelen gedaan.`)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Speel de casus ".+" en haal hem/ })).toHaveCount(cases.length);
    await expect(page.locator('.certificate')).toHaveCount(0);

    // Partly done: every case and the test passed, one page not read.
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), pathDone(slug, { except: [firstPage] }));
    ({ notYet } = await certificatePage(page, slug));
    await expect(notYet).toBeVisible();
    await expect(page.getByRole('link', { name: /^Lees ".+" tot het einde\.$/ })).toHaveAttribute('href', firstPage);
    await expect(page.locator('.certificate')).toHaveCount(0);

    // Done, but one case finished with a critical error: still no certificate.
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), pathDone(slug, { failed: [cases[0]!] }));
    ({ notYet } = await certificatePage(page, slug));
    await expect(notYet).toBeVisible();
    await expect(page.getByRole('link', { name: /^Haal de casus ".+": zonder kritieke fout/ })).toHaveAttribute('href', `/casussen/${cases[0]}/`);
    await expect(page.locator('.certificate')).toHaveCount(0);

    // Done: the same count on the path page, and a certificate.
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), pathDone(slug));
    await page.goto(`/leerroutes/${slug}/`);
    await waitForIslands(page);
    await expect(page.getByText(`${file.modules.length} van de ${file.modules.length} onderdelen klaar`)).toBeVisible();
    await page.getByRole('link', { name: 'Maak je certificaat' }).click();
    await waitForIslands(page);
    await page.getByLabel('Je naam op het certificaat').fill('Anna de Vries');
    await page.getByRole('button', { name: 'Maak certificaat' }).click();
    await expect(page.locator('.certificate')).toContainText(`heeft alle ${file.modules.length} onderdelen van de leerroute ${title} gedaan`);
    await expect(page.locator('.certificate tbody tr')).toHaveCount(cases.length);
  });
}

test('a certificate without a known path lists the paths to choose from', async ({ page }) => {
  await page.goto('/certificaat/?route=bestaat-niet');
  await waitForIslands(page);
  await expect(page.getByRole('link', { name: 'Certificaat leerroute Basisonderwijs' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a page counts as read only once its end has been in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/handelingswijzer/stap-1/');
  await expect(page.getByRole('button', { name: 'Markeer als gelezen' })).toBeAttached();
  await page.waitForTimeout(300); // give the observer a chance to (wrongly) fire
  expect(await page.evaluate(() => localStorage.getItem('vh:pages:v1'))).toBeNull();

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.locator('[data-read-status]')).toHaveText(/^Gelezen op /);
  const pages = await page.evaluate(() => JSON.parse(localStorage.getItem('vh:pages:v1') ?? '{}') as Record<string, unknown>);
  expect(Object.keys(pages)).toEqual(['/handelingswijzer/stap-1/']);
});

for (const slug of PATH_SLUGS) {
  test(`the case filter of the setting of ${slug} shows every case the route asks for`, async ({ page }) => {
    const file = pathFile(slug);
    const cases = file.modules.filter((m) => m.type === 'case').map((m) => m.slug!);
    await page.goto('/casussen/');
    await waitForIslands(page);
    await page.getByLabel('Werkveld').selectOption(file.setting);
    await expect(page).toHaveURL(`/casussen/?werkveld=${file.setting}`);
    const links = page.locator('.case-card h2 a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const c of cases) expect(hrefs).toContain(`/casussen/${c}/`);
    await expect(page.getByText(`De leerroute ${file.title} vraagt`)).toBeVisible();
  });
}

test('reaching an end of "Wie bel ik?" counts the tool as done on the route', async ({ page }) => {
  await page.goto('/wie-bel-ik/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Nee, het kind heeft mij niets verteld' }).click();
  await page.getByRole('button', { name: /^Ja: er is levensgevaar/ }).click();
  await expect(page.locator('#wie-bel-ik-end')).toBeFocused();
  const pages = JSON.parse((await progressEntries(page))['vh:pages:v1'] ?? '{}') as Record<string, unknown>;
  expect(Object.keys(pages)).toEqual(['/wie-bel-ik/']);
  await page.goto(`/leerroutes/${PATH}/`);
  await waitForIslands(page);
  const tool = page.locator('.path-module', { has: page.getByRole('link', { name: 'Wie bel ik?' }) });
  await expect(tool.locator('.path-module__state')).toContainText('Gedaan');
});
