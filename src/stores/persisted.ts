/**
 * The one way the site keeps a `vh:` value: `persisted(key, shape, version)` on
 * @nanostores/persistent, so every store reads leniently, never throws, syncs across tabs
 * and after the back/forward cache, and gives the import its strict check from the same
 * shape (src/stores/shape.ts).
 *
 * Stored forms, by `version`:
 * - a number n: JSON `{ "v": n, "<field>": value }` (field default "value"); another v is ignored;
 * - 'key': JSON of the value itself; the version is part of the key (`vh:pages:v1`);
 * - 'text': the value as a plain string (`vh:region`, `vh:name`); a new shape gets a new key.
 *
 * A value that is not JSON, has another version or does not fit the shape reads as the
 * fallback, for that key only (other keys are never touched). Writing the fallback, or a
 * value `remove` says is empty, removes the key. With storage blocked the value lives in
 * memory; a refused write (storage full) is ignored by `write`.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import type { KeyRule } from '~/engine/learning-path';
import { isRecord, type Shape } from './shape';

/** How a value is written: a version number (wrapped with `v`), 'key' (version in the key) or 'text'. */
export type StoredVersion = number | 'key' | 'text';

export interface PersistedOptions<T> {
  /** The value when nothing (valid) is stored. */
  fallback: T;
  /** The field of the `{ v, field }` wrapper (numbered versions only); default 'value'. */
  field?: string;
  /** True for a value that is written as "nothing stored" (the key is removed). */
  remove?: (value: T) => boolean;
}

/** A persisted store with the rule that checks its stored text on import. */
export interface Persisted<T> {
  store: WritableAtom<T>;
  key: string;
  /** Reads a stored text leniently; the fallback when unreadable. */
  decode(raw: string | undefined): T;
  /** True when a stored text is exactly a valid value (for import). */
  rule: KeyRule;
}

/** localStorage, or null where it is missing or blocked (accessing it can throw). */
export function deviceStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The part of the Storage API the explicitly read keys use (session, live voting), so tests can pass a plain object. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Writes `value` as JSON under `key` (a key read explicitly, not a store); false when there is no storage or it refused (blocked or full). */
export function writeJson(storage: Pick<Storage, 'setItem'> | null, key: string, value: unknown): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes `key` (a key read explicitly); blocked storage kept nothing, so a refusal is ignored. */
export function removeKey(storage: Pick<Storage, 'removeItem'> | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Blocked storage: nothing was kept anyway.
  }
}

/** The stored value inside its wrapper, or undefined when the text is not of this version. */
function unwrap(raw: string, version: StoredVersion, field: string): unknown {
  if (version === 'text') return raw;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (version === 'key') return parsed;
    return isRecord(parsed) && parsed['v'] === version ? parsed[field] : undefined;
  } catch {
    return undefined;
  }
}

export function persisted<T>(key: string, shape: Shape<T>, version: StoredVersion, options: PersistedOptions<T>): Persisted<T> {
  const { fallback, field = 'value', remove } = options;
  const decode = (raw: string | undefined): T => {
    if (raw === undefined) return fallback;
    try {
      return shape.parse(unwrap(raw, version, field), false) ?? fallback;
    } catch {
      return fallback;
    }
  };
  const encode = (value: T): string | undefined => {
    if (remove?.(value)) return undefined;
    if (version === 'text') return String(value);
    return JSON.stringify(version === 'key' ? value : { v: version, [field]: value });
  };
  const store = persistentAtom<T>(key, fallback, { encode, decode });
  const rule: KeyRule = {
    matches: (k) => k === key,
    isValid: (raw) => shape.parse(unwrap(raw, version, field), true) !== undefined,
  };
  return { store, key, decode, rule };
}

/** Reads a store; the fallback when storage misbehaves (reading can write: the store re-syncs on mount). */
export function read<T>(p: Persisted<T>): T {
  try {
    return p.store.get();
  } catch {
    return p.decode(undefined);
  }
}

/** Sets a store; false when the storage refused the write (full or blocked): the value then lives for this page only. */
export function write<T>(p: Persisted<T>, value: T): boolean {
  try {
    p.store.set(value);
  } catch {
    return false;
  }
  // With storage blocked @nanostores/persistent keeps the value in memory: that is not saved.
  return deviceStorage() !== null;
}
