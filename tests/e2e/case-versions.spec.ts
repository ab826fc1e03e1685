/**
 * A result of an older version of a case (the case changed what decides its expert
 * answer and raised its `version`) is shown as "gespeeld met een eerdere versie" and does
 * not count: not on the case list, the progress page, the path page or the certificate.
 * Replaying the case records the current version, which then counts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseScenarioFile } from '../../src/engine/scenario/server';
import { expertRun } from '../../src/engine/scenario';
import { RULES } from '../unit/support/rules';
import { expectNoAxeViolations, waitForIslands } from './support';
import { caseVersion, pathDone, pathFile, progressEntries, seed, watchForTrouble } from './leerroutes-seed';

const SLUG = 'bram-klas-3';
const PATH = 'voortgezet-onderwijs';
const CURRENT = caseVersion(SLUG);

/** Every part of the path done, but the case of the test passed with version 1 only. */
function seeded(): [string, string][] {
  return pathDone(PATH).map(([key, value]): [string, string] => {
    if (key !== `vh:case:${SLUG}`) return [key, value];
    return [key, JSON.stringify({ ...(JSON.parse(value) as object), scenarioVersion: CURRENT - 1 })];
  });
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForIslands(page);
}

test('the test case has a version above 1 and is on the path', () => {
  expect(CURRENT).toBeGreaterThan(1);
  expect(pathFile(PATH).modules.some((m) => m.slug === SLUG)).toBe(true);
});

test('a result of an earlier case version is labelled everywhere and counts nowhere, until the case is replayed', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await seed(page, seeded());
  const total = pathFile(PATH).modules.length;
  const label = /gespeeld met een eerdere versie: telt niet mee/i;

  await open(page, '/casussen/');
  const card = page.locator('.case-card').filter({ hasText: 'Bram' });
  await expect(card).toContainText(label);
  await expect(card).not.toContainText('Klaar');
  await expectNoAxeViolations(page);

  await open(page, '/voortgang/');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: /Bram/ }) });
  await expect(row).toContainText(label);
  await expect(row.getByRole('cell').nth(1)).toHaveText('–');
  await expect(page.getByRole('region', { name: 'Leerroutes' })).toContainText(`Voortgezet onderwijs: ${total - 1} van de ${total} onderdelen klaar`);
  await expect(page.getByRole('link', { name: 'Certificaat Voortgezet onderwijs' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await open(page, `/leerroutes/${PATH}/`);
  await expect(page.getByText(`${total - 1} van de ${total} onderdelen klaar`)).toBeVisible();
  await expect(page.locator('.path-module').filter({ hasText: 'Bram' })).toContainText(label);

  await open(page, `/certificaat/?route=${PATH}`);
  await expect(page.getByRole('heading', { name: /^Nog geen certificaat/ })).toBeVisible();
  await expect(page.locator('.certificate')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Speel de casus ".*Bram.*" en haal hem/ })).toBeVisible();

  // The earlier result is still stored (not wiped) until the case is played again.
  expect(JSON.parse((await progressEntries(page))[`vh:case:${SLUG}`] ?? '{}')).toMatchObject({ scenarioVersion: CURRENT - 1, finished: true });

  // Replay the expert path: the result is recorded with the current version and counts.
  const s = parseScenarioFile(readFileSync(`scenarios/${SLUG}.yaml`, 'utf8'), `scenarios/${SLUG}.yaml`, RULES);
  await open(page, `/casussen/${SLUG}/`);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  for (const entry of expertRun(s).path) {
    const node = s.nodes.find((n) => n.id === entry.nodeId);
    if (!node || node.type === 'ending') throw new Error(`bad path entry ${entry.nodeId}`);
    if (node.type === 'situation') {
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      continue;
    }
    const text = node.options.find((o) => o.id === entry.choiceId)?.text.replace(/\s+/g, ' ').trim() ?? '';
    await page.getByRole('button', { name: text, exact: true }).click();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  await expect(page.locator('.debrief')).toContainText('Gehaald.');
  expect(JSON.parse((await progressEntries(page))[`vh:case:${SLUG}`] ?? '{}')).toMatchObject({ scenarioVersion: CURRENT, finished: true });

  await open(page, '/voortgang/');
  await expect(row).not.toContainText(label);
  await expect(row).toContainText('100%');
  await expect(page.getByRole('region', { name: 'Leerroutes' })).toContainText(`Voortgezet onderwijs: ${total} van de ${total} onderdelen klaar`);
  await open(page, '/casussen/');
  await expect(card).toContainText('Klaar');
  expect(trouble).toEqual([]);
});
