/** The page types the benchmark and the budget test measure, one representative route each. */
import { readdirSync } from 'node:fs';

export interface PageType {
  name: string;
  /** Route of the representative page; case routes need a case slug. */
  path: (caseSlug: string) => string;
  /** Budget for JavaScript the page loads, gzip bytes: the first measurement plus ~20 % headroom (README, "Performance"). */
  jsBudgetGzip: number;
}

/** The slug of the first case file, for the case player page. */
export function firstCaseSlug(dir = 'scenarios'): string {
  const file = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()[0];
  if (!file) throw new Error('no case files in scenarios/');
  return file.replace(/\.yaml$/, '');
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: () => '/', jsBudgetGzip: 30_000 },
  { name: 'reference page', path: () => '/handelingswijzer/stap-3/', jsBudgetGzip: 27_000 },
  { name: 'afwegingskader tool', path: () => '/afwegingskader/', jsBudgetGzip: 35_000 },
  { name: 'case list', path: () => '/casussen/', jsBudgetGzip: 40_000 },
  // Issue 12 aims at 35 KB; measured 39.3 KB after moving the ending out and dropping workbox-window.
  { name: 'case player', path: (slug) => `/casussen/${slug}/`, jsBudgetGzip: 44_000 },
  { name: 'privacy test', path: () => '/privacytest/', jsBudgetGzip: 40_000 },
  { name: 'search results', path: () => '/zoeken/?q=melden', jsBudgetGzip: 45_000 },
  { name: 'session view', path: () => '/sessie/', jsBudgetGzip: 42_000 },
];
