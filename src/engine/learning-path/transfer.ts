/**
 * Taking progress to another device: export every `vh:` storage key to one JSON
 * file, and read such a file back. Import checks the whole file before anything
 * is written: a foreign, damaged, oversized or newer file is refused and the
 * learner's progress stays as it was.
 *
 * File format (version 1):
 *
 *   {
 *     "app": "veilig-handelen",
 *     "version": 1,
 *     "exportedAt": "2026-11-23T12:00:00.000Z",
 *     "data": { "vh:case:noor-groep-6": "{\"v\":1,...}", "vh:pages:v1": "{...}", "vh:region": "landelijk" }
 *   }
 *
 * `data` holds each key's value exactly as localStorage holds it (a string), so a
 * round trip restores the very same bytes and each store's own checks apply on import.
 */

/** Marks our files; anything else is a foreign file. */
export const BUNDLE_APP = 'veilig-handelen';
/** Format version of the file; a newer one is refused with a message to update the site. */
export const BUNDLE_VERSION = 1;
/** Only keys with this prefix belong to the site. */
export const STORAGE_PREFIX = 'vh:';
/** Largest file accepted: real progress is a few kilobytes, so 1 MB is generous and stops abuse. */
export const MAX_FILE_BYTES = 1_000_000;
/** Most keys a file may hold (one per case plus a handful). */
export const MAX_ENTRIES = 500;
/** Longest key accepted. */
export const MAX_KEY_LENGTH = 200;

/** An exported file. */
export interface ProgressBundle {
  app: typeof BUNDLE_APP;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  data: Record<string, string>;
}

/** How one kind of key is checked on import; each store supplies its own. */
export interface KeyRule {
  /** True for the keys this rule is about. */
  matches(key: string): boolean;
  /** True when the stored string is a value the store accepts. */
  isValid(raw: string): boolean;
}

/** Why an import was refused. */
export type ImportProblem =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer-version'; version: number }
  | { code: 'damaged' }
  | { code: 'too-many-entries' }
  | { code: 'unknown-key'; key: string }
  | { code: 'invalid-value'; key: string };

/** The outcome of reading a file: the entries to write, or why not. */
export type ImportResult =
  | { ok: true; entries: [string, string][]; exportedAt: string }
  | { ok: false; problem: ImportProblem };

/** The part of the Web Storage API the transfer needs (localStorage fits). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** True for a key of this site. */
export function isProgressKey(key: string): boolean {
  return key.startsWith(STORAGE_PREFIX);
}

/** All of the site's entries in a storage, sorted by key. */
export function readProgressEntries(storage: StorageLike): [string, string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const value = key === null ? null : storage.getItem(key);
    if (key !== null && value !== null && isProgressKey(key)) entries.push([key, value]);
  }
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The export file for the given entries; keys of other sites are left out. */
export function createBundle(entries: Iterable<readonly [string, string]>, now: Date): ProgressBundle {
  const data: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (isProgressKey(key)) Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { app: BUNDLE_APP, version: BUNDLE_VERSION, exportedAt: now.toISOString(), data };
}

/** File name for an export, with the date: veilig-handelen-voortgang-2026-11-23.json. */
export function bundleFileName(now: Date): string {
  return `veilig-handelen-voortgang-${now.toISOString().slice(0, 10)}.json`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const TOP_LEVEL_KEYS = new Set(['app', 'version', 'exportedAt', 'data']);

/** Checks the envelope (app, version, date, a data object and nothing else). */
function checkEnvelope(parsed: unknown): { data: Record<string, unknown>; exportedAt: string } | { problem: ImportProblem } {
  if (!isPlainObject(parsed) || parsed['app'] !== BUNDLE_APP) return { problem: { code: 'foreign' } };
  const { version, exportedAt, data } = parsed;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_VERSION) {
    return { problem: { code: 'newer-version', version } };
  }
  const wellFormed =
    version === BUNDLE_VERSION &&
    typeof exportedAt === 'string' &&
    !Number.isNaN(Date.parse(exportedAt)) &&
    Object.keys(parsed).every((k) => TOP_LEVEL_KEYS.has(k)) &&
    isPlainObject(data);
  return wellFormed ? { data, exportedAt } : { problem: { code: 'damaged' } };
}

function safeIsValid(rule: KeyRule, raw: string): boolean {
  try {
    return rule.isValid(raw);
  } catch {
    return false;
  }
}

/** Checks each entry against the stores' rules; the first problem wins. */
function checkEntries(data: Record<string, unknown>, rules: readonly KeyRule[]): [string, string][] | ImportProblem {
  const keys = Object.keys(data);
  if (keys.length > MAX_ENTRIES) return { code: 'too-many-entries' };
  const entries: [string, string][] = [];
  for (const key of keys) {
    const value = data[key];
    if (!isProgressKey(key) || key.length > MAX_KEY_LENGTH) return { code: 'unknown-key', key: key.slice(0, 60) };
    if (typeof value !== 'string') return { code: 'invalid-value', key };
    const rule = rules.find((r) => r.matches(key));
    if (!rule) return { code: 'unknown-key', key };
    if (!safeIsValid(rule, value)) return { code: 'invalid-value', key };
    entries.push([key, value]);
  }
  return entries;
}

/** Reads an export file; every key and value is checked, and nothing is written here. */
export function parseBundle(text: string, rules: readonly KeyRule[]): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const envelope = checkEnvelope(parsed);
  if ('problem' in envelope) return { ok: false, problem: envelope.problem };
  const entries = checkEntries(envelope.data, rules);
  if (!Array.isArray(entries)) return { ok: false, problem: entries };
  return { ok: true, entries, exportedAt: envelope.exportedAt };
}

/** Removes every key of the site from the storage (reset); other sites' keys stay. */
export function clearProgress(storage: StorageLike): void {
  for (const [key] of readProgressEntries(storage)) storage.removeItem(key);
}

/**
 * Replaces the site's progress with the imported entries. When the storage refuses a
 * write (full, blocked), the previous progress is put back and the error rethrown, so
 * the learner never ends up with half an import.
 */
export function replaceProgress(storage: StorageLike, entries: readonly (readonly [string, string])[]): void {
  const before = readProgressEntries(storage);
  try {
    clearProgress(storage);
    for (const [key, value] of entries) storage.setItem(key, value);
  } catch (error) {
    clearProgress(storage);
    for (const [key, value] of before) storage.setItem(key, value);
    throw error;
  }
}
