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
import { persisted, read, write } from './persisted';
import { string } from './shape';

/** The localStorage key. */
export const REGION_KEY = 'vh:region';

/** A region id as the content collection makes them: lowercase letters, digits and hyphens. */
const REGION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const persistedRegion = persisted(REGION_KEY, string(REGION_ID), 'text', { fallback: '' });

/** The stored id; '' when nothing (valid) is stored. */
export const regionChoice = persistedRegion.store;

/** The import rule of the key. */
export const regionRule = persistedRegion.rule;

/** The remembered region if it is one of `knownIds`, otherwise null. */
export function readRegionChoice(knownIds: readonly string[]): string | null {
  const id = read(persistedRegion);
  return knownIds.includes(id) ? id : null;
}

/** Remembers the region; a storage that refuses the write (full, blocked) leaves the page working. */
export function saveRegionChoice(id: string): void {
  if (REGION_ID.test(id)) write(persistedRegion, id);
}
