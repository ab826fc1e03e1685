/**
 * Which reference pages the learner has read (and which tools they marked done),
 * kept on this device only.
 *
 * Stored shape: localStorage key `vh:pages:v1` (the version is in the key) holds JSON
 *
 *   { "/handelingswijzer/stap-1/": { "readAt": "2026-11-23T12:00:00.000Z" }, ... }
 *
 * A page counts as read once its end was scrolled into view, or when the learner
 * pressed "Markeer als gelezen". Entries with a malformed route or date are dropped
 * when read; a value that is not JSON counts as "nothing read" and is overwritten by
 * the next mark. Nothing here throws: storage that is disabled or full is ignored.
 *
 * Kept with `persisted` (src/stores/persisted.ts), like every other key; it ships on every
 * reference page (the read tracker), so the page-weight budget of a reference page covers it.
 */

import { persisted, read, write } from './persisted';
import { isoDate, object, record, type Infer } from './shape';

/** The localStorage key. */
export const PAGES_KEY = 'vh:pages:v1';

/** Most pages remembered; far above the site's page count, it bounds what an import can hold. */
export const MAX_PAGES = 1000;

/** A site route with trailing slash; excludes `__proto__` and friends by construction. */
const ROUTE = /^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

const pageShape = object({ readAt: isoDate });

/** When one page was read (`readAt`: ISO 8601 time of reading). */
export type PageRead = Infer<typeof pageShape>;

/** Read pages by route. */
export type PagesRead = Record<string, PageRead>;

const persistedPages = persisted(PAGES_KEY, record(ROUTE, pageShape, { max: MAX_PAGES, lenient: true }), 'key', { fallback: {} });

/** The import rule of the key (strict: every entry valid, at most MAX_PAGES). */
export const pagesRule = persistedPages.rule;

/** The read pages, kept in sync with localStorage (also across tabs). */
export const pagesRead = persistedPages.store;

/** Reads a stored value leniently: bad entries are dropped, anything unreadable is empty. */
export function decodePages(raw: string | null): PagesRead {
  return persistedPages.decode(raw ?? undefined);
}

/** Strict check of a whole stored value, for import: every entry must be valid. */
export function isPagesValue(raw: string): boolean {
  return pagesRule.isValid(raw);
}

/** All read pages on this device; empty when storage is unavailable. */
export function readPages(): PagesRead {
  return read(persistedPages);
}

/** When the page was read (ISO 8601), or null. */
export function pageReadAt(route: string): string | null {
  const pages = readPages();
  return Object.hasOwn(pages, route) ? (pages[route]?.readAt ?? null) : null;
}

/** Marks a page (or tool) as read; keeps the first date. Returns false when it could not be saved. */
export function markPageRead(route: string, now = new Date()): boolean {
  if (!ROUTE.test(route)) return false;
  const pages = readPages();
  if (Object.hasOwn(pages, route)) return true;
  return write(persistedPages, { ...pages, [route]: { readAt: now.toISOString() } });
}
