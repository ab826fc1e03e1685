/**
 * The learner's name for the certificate, kept on this device only and never sent anywhere.
 *
 * Stored shape: localStorage key `vh:name` holds the name as a plain string (version 1;
 * a later shape would get a new key). The name is cleaned on save and on read
 * (cleanName: no control characters, at most MAX_NAME_LENGTH characters), and it is
 * only ever shown as text. Nothing here throws: disabled or full storage is ignored.
 */
import { MAX_NAME_LENGTH, cleanName } from '~/engine/learning-path';

/** The localStorage key. */
export const NAME_KEY = 'vh:name';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** True for a stored value the certificate accepts as is (used when importing). */
export function isNameValue(raw: string): boolean {
  return raw.length > 0 && raw.length <= MAX_NAME_LENGTH * 2 && cleanName(raw) === raw;
}

/** The remembered name, or ''. */
export function loadName(): string {
  try {
    return cleanName(storage()?.getItem(NAME_KEY) ?? '');
  } catch {
    return '';
  }
}

/** Remembers the name (an empty name removes it); returns the cleaned name. */
export function saveName(raw: string): string {
  const name = cleanName(raw);
  try {
    if (name) storage()?.setItem(NAME_KEY, name);
    else storage()?.removeItem(NAME_KEY);
  } catch {
    // Storage full or blocked: the name shows now, it just is not remembered.
  }
  return name;
}
