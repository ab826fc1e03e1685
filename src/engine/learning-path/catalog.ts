/**
 * What a learning path can point at: the site's pages, cases, exercises and tools,
 * gathered at build time by the pages and passed in, so the engine stays pure.
 */

/** A reference page a module can ask the learner to read. */
export interface CatalogPage {
  title: string;
}

/** A case a module can ask the learner to play. */
export interface CatalogCase {
  title: string;
  /** The case file's `version`; progress saved for another version does not count. */
  version: number;
}

/** An exercise a module can ask the learner to do. */
export interface CatalogExercise {
  title: string;
}

/** Everything that exists on the site, keyed by route or slug. */
export interface Catalog {
  pages: ReadonlyMap<string, CatalogPage>;
  cases: ReadonlyMap<string, CatalogCase>;
  exercises: ReadonlyMap<string, CatalogExercise>;
  tools: ReadonlyMap<string, { title: string }>;
}

/**
 * The interactive tools a path may include as a module. A tool has no score, so it
 * counts as done once the learner marks it so (kept with the read pages).
 * Add a tool here when its page exists; tests/unit/learning-path/content.test.ts
 * checks that every route has a page in src/pages.
 */
export const TOOLS: ReadonlyMap<string, { title: string }> = new Map([
  ['/wie-bel-ik/', { title: 'Wie bel ik?' }],
  ['/privacy/kan-ik-delen/', { title: 'Kan ik informatie delen?' }],
]);

/** Route of the privacy self-test. */
export const PRIVACY_TEST_ROUTE = '/privacytest/';

/** Title of the privacy self-test in paths and on the certificate. */
export const PRIVACY_TEST_TITLE = 'Privacytoets';

/** Route of a case. */
export function caseHref(slug: string): string {
  return `/casussen/${slug}/`;
}

/** Route of an exercise. */
export function exerciseHref(slug: string): string {
  return `/oefenen/${slug}/`;
}
