/**
 * The learner's name for the certificate, kept on this device only and never sent anywhere.
 *
 * Stored shape: localStorage key `vh:name` holds the name as a plain string (version 1;
 * a later shape would get a new key). The name is cleaned on save and on read
 * (cleanName: no control characters, at most MAX_NAME_LENGTH characters), and it is
 * only ever shown as text. Nothing here throws: disabled or full storage is ignored.
 * Kept with `persisted` (src/stores/persisted.ts) as a plain string.
 */
import { MAX_NAME_LENGTH, cleanName } from '~/engine/learning-path';
import { persisted, read, write } from './persisted';
import type { Shape } from './shape';

/** The localStorage key. */
export const NAME_KEY = 'vh:name';

/** True for a stored value the certificate accepts as is (used when importing). */
export function isNameValue(raw: string): boolean {
  return raw.length > 0 && raw.length <= MAX_NAME_LENGTH * 2 && cleanName(raw) === raw;
}

/** Read leniently the name is cleaned; checked strictly (import) it must already be clean. */
const nameShape: Shape<string> = {
  parse: (v, strict) => (typeof v !== 'string' ? undefined : strict ? (isNameValue(v) ? v : undefined) : cleanName(v)),
};

const persistedName = persisted(NAME_KEY, nameShape, 'text', { fallback: '', remove: (name) => name === '' });

/** The import rule of the key. */
export const nameRule = persistedName.rule;

/** The remembered name, or ''. */
export function loadName(): string {
  return read(persistedName);
}

/** Remembers the name (an empty name removes it); returns the cleaned name. */
export function saveName(raw: string): string {
  const name = cleanName(raw);
  write(persistedName, name); // refused (full, blocked): the name shows now, it just is not remembered
  return name;
}
