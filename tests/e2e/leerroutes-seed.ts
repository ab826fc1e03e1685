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

interface PathFile {
  title: string;
  setting: string;
  modules: { type: string; route?: string; slug?: string }[];
}

/** A learning path file as it is in content/paths/. */
export function pathFile(slug: string): PathFile {
  return parseYaml(readFileSync(`content/paths/${slug}.yaml`, 'utf8')) as PathFile;
}

/** Every path slug, from content/paths/. */
export const PATH_SLUGS = ['basisonderwijs', 'voortgezet-onderwijs', 'kinderopvang', 'verloskunde-kraamzorg', 'jgz-wijkteam', 'jongerenwerk-leerplicht'];

/** A case finished with a critical error (not passed), as the case store keeps it. */
export function failedCase(slug: string): [string, string] {
  const [key, raw] = passedCase(slug, 90);
  const record = JSON.parse(raw) as { best: { passed: boolean } };
  record.best.passed = false;
  return [key, JSON.stringify(record)];
}

/**
 * Everything a path asks for, done, in the stores' formats: pages and tools read,
 * exercises checked, cases passed, the privacy test passed. `except` leaves modules
 * out (by slug or route); `failed` finishes those cases without passing them.
 */
export function pathDone(slug: string, { except = [] as string[], failed = [] as string[] } = {}): [string, string][] {
  const modules = pathFile(slug).modules.filter((m) => !except.includes(m.route ?? m.slug ?? m.type));
  const pages = Object.fromEntries(modules.filter((m) => m.type === 'page' || m.type === 'tool').map((m) => [m.route, { readAt: AT }]));
  const exercises = Object.fromEntries(modules.filter((m) => m.type === 'exercise').map((m) => [m.slug, { bestPercent: 80, completedAt: AT }]));
  const cases = modules.filter((m) => m.type === 'case').map((m) => (failed.includes(m.slug!) ? failedCase(m.slug!) : passedCase(m.slug!)));
  const entries: [string, string][] = [
    ['vh:pages:v1', JSON.stringify(pages)],
    ['vh:exercises:v1', JSON.stringify({ v: 1, results: exercises })],
    ...cases,
  ];
  if (modules.some((m) => m.type === 'privacy-test')) entries.push(passedQuiz());
  return entries;
}
