/** Seeding progress for the learning-path tests, in the real store formats (see src/stores/). */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

const AT = '2026-11-20T10:00:00.000Z';

/** The current `version` of a case file, so a seeded record counts. */
export function caseVersion(slug: string): number {
  return (parseYaml(readFileSync(`scenarios/${slug}.yaml`, 'utf8')) as { version: number }).version;
}

/** A finished, passed case as the case store keeps it (vh:case:<slug>). */
export function passedCase(slug: string, percent = 80): [string, string] {
  const record = {
    v: 1,
    scenarioVersion: caseVersion(slug),
    finished: true,
    best: { score: Math.round(percent * 0.2), max: 20, percent, passed: true },
    lastPath: [],
    current: null,
    updatedAt: AT,
  };
  return [`vh:case:${slug}`, JSON.stringify(record)];
}

/** A passed privacy test as the quiz store keeps it (vh:quiz:v1). */
export function passedQuiz(percent = 87): [string, string] {
  const result = { at: AT, points: 13, max: 15, percent, passed: true, byTopic: [{ topic: 'ots', points: 2, max: 2 }] };
  return ['vh:quiz:v1', JSON.stringify({ v: 1, results: [result] })];
}

/** Puts the values in localStorage before the first page load only (later loads see what the site stored). */
export async function seed(page: Page, entries: [string, string][]): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('vh-test-seeded')) return;
    sessionStorage.setItem('vh-test-seeded', '1');
    for (const [key, value] of values) localStorage.setItem(key, value);
  }, entries);
}

/** Every vh: key in localStorage with its value. */
export function progressEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('vh:')).map((k) => [k, localStorage.getItem(k) ?? ''])),
  );
}

/** Collects page errors and dialogs (an alert() would mean injected script ran). */
export function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trouble;
}
