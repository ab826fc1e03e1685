/**
 * The region the learner chose in "Wie bel ik?", remembered on this device.
 *
 * Stored shape: localStorage key `vh:region` holds the region id as a plain
 * string, e.g. `midden-groningen` (version 1; a later shape would get a new key).
 *
 * The stored value is only a hint: the caller checks it against the regions
 * that exist (`readRegionChoice`), so a removed region or a hand-edited value
 * falls back to the default. Nothing here throws: with storage disabled
 * @nanostores/persistent keeps the value in memory, and a refused write is ignored.
 */
import { persistentAtom } from '@nanostores/persistent';

/** The localStorage key. */
export const REGION_KEY = 'vh:region';

/** A region id as the content collection makes them: lowercase letters, digits and hyphens. */
const REGION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The stored id; '' when nothing (valid) is stored. */
export const regionChoice = persistentAtom<string>(REGION_KEY, '', {
  encode: (value) => value,
  decode: (raw) => (typeof raw === 'string' && REGION_ID.test(raw) ? raw : ''),
});

/** The remembered region if it is one of `knownIds`, otherwise null. */
export function readRegionChoice(knownIds: readonly string[]): string | null {
  try {
    const id = regionChoice.get();
    return knownIds.includes(id) ? id : null;
  } catch {
    return null;
  }
}

/** Remembers the region; a storage that refuses the write (full, blocked) leaves the page working. */
export function saveRegionChoice(id: string): void {
  if (!REGION_ID.test(id)) return;
  try {
    regionChoice.set(id);
  } catch {
    // Storage full or blocked: the choice holds for this page only.
  }
}
