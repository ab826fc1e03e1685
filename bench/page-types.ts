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
  // Measured 2026-12-04 after the header search moved to client:interact and the engine became side-effect free.
  { name: 'home', path: () => '/', jsBudgetGzip: 1_500 }, // 1.2 KB: menu, print links, service worker
  { name: 'reference page', path: () => '/handelingswijzer/stap-3/', jsBudgetGzip: 5_500 }, // 4.5 KB, issue 12 asks at most 24
  { name: 'afwegingskader tool', path: () => '/afwegingskader/', jsBudgetGzip: 34_000 }, // 27.8 KB
  { name: 'case list', path: () => '/casussen/', jsBudgetGzip: 29_000 }, // 24.3 KB
  // Issue 12's ceiling: at most 35 KB on a case page (30.8 KB measured).
  { name: 'case player', path: (slug) => `/casussen/${slug}/`, jsBudgetGzip: 35_000 },
  { name: 'privacy test', path: () => '/privacytest/', jsBudgetGzip: 34_000 }, // 28.3 KB
  { name: 'search results', path: () => '/zoeken/?q=melden', jsBudgetGzip: 44_000 }, // 36.2 KB, search worker included
  { name: 'session view', path: () => '/sessie/', jsBudgetGzip: 36_000 }, // 30.3 KB
];
