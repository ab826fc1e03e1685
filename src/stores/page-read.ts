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
 * Why plain localStorage and no nanostore: this module ships on every reference page
 * (the read tracker), so it stays a few hundred bytes; no page needs live updates.
 */

/** The localStorage key. */
export const PAGES_KEY = 'vh:pages:v1';

/** Most pages remembered; far above the site's page count, it bounds what an import can hold. */
export const MAX_PAGES = 1000;

/** When one page was read. */
export interface PageRead {
  /** ISO 8601 time of reading. */
  readAt: string;
}

/** Read pages by route. */
export type PagesRead = Record<string, PageRead>;

/** A site route with trailing slash; excludes `__proto__` and friends by construction. */
const ROUTE = /^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

function isEntry(route: string, value: unknown): value is PageRead {
  if (!ROUTE.test(route) || typeof value !== 'object' || value === null) return false;
  const readAt: unknown = (value as Record<string, unknown>)['readAt'];
  return typeof readAt === 'string' && !Number.isNaN(Date.parse(readAt));
}

function parseObject(raw: string | null): Record<string, unknown> | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Reads a stored value leniently: bad entries are dropped, anything unreadable is empty. */
export function decodePages(raw: string | null): PagesRead {
  const parsed = parseObject(raw);
  if (!parsed) return {};
  const valid = Object.entries(parsed).filter(([route, value]) => isEntry(route, value));
  return Object.fromEntries(valid.slice(0, MAX_PAGES).map(([route, value]) => [route, { readAt: (value as PageRead).readAt }]));
}

/** Strict check of a whole stored value, for import: every entry must be valid. */
export function isPagesValue(raw: string): boolean {
  const parsed = parseObject(raw);
  if (!parsed) return false;
  const entries = Object.entries(parsed);
  return entries.length <= MAX_PAGES && entries.every(([route, value]) => isEntry(route, value));
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** All read pages on this device; empty when storage is unavailable. */
export function readPages(): PagesRead {
  try {
    return decodePages(storage()?.getItem(PAGES_KEY) ?? null);
  } catch {
    return {};
  }
}

/** When the page was read (ISO 8601), or null. */
export function pageReadAt(route: string): string | null {
  const pages = readPages();
  return Object.hasOwn(pages, route) ? (pages[route]?.readAt ?? null) : null;
}

/** Marks a page (or tool) as read; keeps the first date. Returns false when it could not be saved. */
export function markPageRead(route: string, now = new Date()): boolean {
  if (!ROUTE.test(route)) return false;
  try {
    const pages = readPages();
    if (Object.hasOwn(pages, route)) return true;
    storage()?.setItem(PAGES_KEY, JSON.stringify({ ...pages, [route]: { readAt: now.toISOString() } }));
    return storage() !== null;
  } catch {
    return false;
  }
}
