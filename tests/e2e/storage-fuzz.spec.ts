/**
 * Storage fuzz: hostile values in every localStorage key the site uses must never crash a page,
 * and must never wipe or change the progress kept under the other keys.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hostileValues } from '../unit/support/hostile-values';
import { HYDRATING } from './support';

const firstCase = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort()[0]!.replace(/\.yaml$/, '');
const firstExercise = readdirSync('content/exercises/vastleggen').sort()[0]!.replace(/\.yaml$/, '');
const now = '2026-11-23T12:00:00.000Z';

/** Every key, the page that reads it, and a valid value for the baseline (undefined: not set at baseline). */
const KEYS: { key: string; page: string; valid?: string }[] = [
  {
    key: `vh:case:${firstCase}`,
    page: `/casussen/${firstCase}/`,
    valid: JSON.stringify({ v: 1, scenarioVersion: 1, finished: true, best: { score: 10, max: 10, percent: 100, passed: true }, lastPath: [], current: null, updatedAt: now }),
  },
  { key: 'vh:quiz:v1', page: '/privacytest/', valid: JSON.stringify({ v: 1, results: [{ at: now, points: 13, max: 15, percent: 86, passed: true, byTopic: [{ topic: 'ots', points: 1, max: 1 }] }] }) },
  { key: 'vh:quiz:attempt:v1', page: '/privacytest/' },
  { key: 'vh:exercises:v1', page: '/oefenen/', valid: JSON.stringify({ v: 1, results: { [firstExercise]: { bestPercent: 88, completedAt: now } } }) },
  { key: 'vh:pages:v1', page: '/handelingswijzer/stap-1/', valid: JSON.stringify({ '/handelingswijzer/stap-2/': { readAt: now } }) },
  { key: 'vh:region', page: '/wie-bel-ik/', valid: 'midden-groningen' },
  { key: 'vh:session:v1', page: '/sessie/' },
  { key: 'vh:name', page: '/voortgang/', valid: 'Sanne de Vries' },
];

/** Pages that read every key at once. */
const OVERVIEW_PAGES = ['/voortgang/', '/leerroutes/', '/casussen/'];
const TOTAL = 1040;
const PER_KEY = Math.ceil(TOTAL / KEYS.length);

async function snapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));
}

/** Opens `path`, failing on any uncaught error, and checks the page is usable (one visible h1). */
async function openUsable(page: Page, path: string, errors: string[]) {
  await page.goto(path);
  await expect(page.locator(HYDRATING)).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'] ?? (window as unknown as Record<string, unknown>)['__fuzzXss'] ?? null)).toBeNull();
  expect(errors, `uncaught error on ${path}`).toEqual([]);
}

for (const [index, target] of KEYS.entries()) {
  test(`fuzz ${target.key}: ${PER_KEY} hostile values, no crash, other keys intact`, async ({ page }) => {
    test.setTimeout(600_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    // Baseline: valid progress under every key, normalised by one visit to the overview.
    await page.evaluate((keys) => {
      localStorage.clear();
      for (const k of keys) if (k.valid !== undefined) localStorage.setItem(k.key, k.valid);
    }, KEYS);
    await openUsable(page, '/voortgang/', errors);
    const baseline = await snapshot(page);

    const values = hostileValues(PER_KEY, 1000 + index);
    for (const [i, value] of values.entries()) {
      await page.evaluate(
        ({ base, key, value }) => {
          localStorage.clear();
          for (const [k, v] of Object.entries(base)) localStorage.setItem(k, v);
          localStorage.setItem(key, value);
        },
        { base: baseline, key: target.key, value },
      );
      const path = i % 10 === 0 ? OVERVIEW_PAGES[(i / 10) % OVERVIEW_PAGES.length]! : target.page;
      await openUsable(page, path, errors);
      const after = await snapshot(page);
      for (const [k, v] of Object.entries(baseline)) {
        if (k !== target.key) expect(after[k], `${k} changed after a hostile ${target.key} (value #${i})`).toBe(v);
      }
    }
  });
}
