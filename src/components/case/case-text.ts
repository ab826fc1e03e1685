/**
 * The Dutch words of the case player and case list: settings, step marks and small
 * text helpers, in one place so list, player and debrief agree (verdict labels and the
 * feedback under a verdict are the engine's, src/engine/scenario/text.ts). Critical reasons
 * are named by the engine (src/engine/scenario/scoring/weights.ts).
 */
import type { Setting } from '~/schemas/scenario';
import type { StepMark } from '~/engine/scenario';

/** Case text in paragraphs (the engine's, so the phones split it the same way). */
export { paragraphs } from '~/engine/shared';

/** How a screen reader hears the mark of a step in the step row (the current step has aria-current). */
export const STEP_MARK_LABELS: Record<StepMark, string> = {
  done: 'gedaan',
  current: 'hier ben je nu',
  todo: 'komt nog',
  other: 'niet in deze casus',
};

/** Where a case plays, as the filter and the list show it. */
export const SETTING_LABELS: Record<Setting, string> = {
  basisschool: 'Basisschool',
  'voortgezet-onderwijs': 'Voortgezet onderwijs',
  kinderopvang: 'Kinderopvang',
  'verloskunde-kraamzorg': 'Verloskunde en kraamzorg',
  'jgz-wijkteam': 'Jeugdgezondheidszorg en wijkteam',
  'jongerenwerk-leerplicht': 'Jongerenwerk en leerplicht',
  mbo: 'Mbo',
};

/** Joins a page title and a section heading; a title that ends in a question mark gets a dash, not a colon. */
export function pageAndSection(page: string, section: string): string {
  return /[?!:]$/.test(page) ? `${page} – ${section}` : `${page}: ${section}`;
}

/** "1 minuut" / "5 minuten". */
export function minutesLabel(minutes: number): string {
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}

/** "stap 1, 2 en 5" for the steps a case covers. */
export function stepsLabel(steps: readonly number[]): string {
  const sorted = [...new Set(steps)].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) return `stap ${sorted.join('')}`;
  return `stap ${sorted.slice(0, -1).join(', ')} en ${sorted.at(-1) ?? ''}`;
}

/** Readable name of a reference link: its title from the page (see case-refs.ts), else made from the path and anchor. */
export function refLabel(href: string, titles: Readonly<Record<string, string>>): string {
  const known = titles[href];
  if (known) return known;
  const [path = href, anchor] = href.split('#');
  const page = titles[path] ?? path;
  if (!anchor) return page;
  const section = anchor.replace(/-/g, ' ');
  return pageAndSection(page, `${section.charAt(0).toUpperCase()}${section.slice(1)}`);
}
