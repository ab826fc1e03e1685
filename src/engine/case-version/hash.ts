/**
 * Hashing the decisive parts of a case for the version lock. Node only (node:crypto):
 * imported by the case loader at build and by scripts/case-versions.ts, never by the browser.
 */
import { createHash } from 'node:crypto';
import type { LoadedScenario } from '../scenario';
import { canonicalJson, decisiveParts } from './fingerprint';
import type { CaseFingerprint } from './lock';

/** Length of a part's hash in the lock: 12 hex digits (48 bits) is plenty to see a change. */
const PART_HASH_LENGTH = 12;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The fingerprint of a loaded case: its version, one hash over everything decisive and one per part. */
export function fingerprintOf(scenario: LoadedScenario): CaseFingerprint {
  const parts = Object.fromEntries(
    Object.entries(decisiveParts(scenario))
      .map(([name, value]) => [name, sha256(canonicalJson(value)).slice(0, PART_HASH_LENGTH)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { id: scenario.id, file: scenario.file, version: scenario.version, hash: sha256(canonicalJson(parts)), parts };
}
