/**
 * The case version lock, scenarios/versions.lock.json: per case the `version` and a hash
 * of what decides its expert answer (fingerprint.ts). The build compares every case with
 * the lock and fails when the decisive parts changed but the version did not, so stored
 * progress and certificates can never silently refer to a changed case. The lock is
 * written only by `npm run cases:lock` (scripts/case-versions.ts), which refuses the same
 * unbumped change. Pure: the hashes come from hash.ts.
 *
 * File format:
 *
 *   { "about": "...", "cases": { "noor-groep-6": { "version": 1, "hash": "<sha256>",
 *       "parts": { "expertKey": "<12 hex>", "node:geheim": "<12 hex>", "rule:delen-zonder-grondslag": "..." } } } }
 */
import { isRecord } from '../shared';

/** Where the lock lives, relative to the project root. */
export const LOCK_FILE = 'scenarios/versions.lock.json';
/** The command that updates the lock. */
export const LOCK_COMMAND = 'npm run cases:lock';

/** A case's version and the hashes of what decides its expert answer. */
export interface CaseFingerprint {
  id: string;
  file: string;
  version: number;
  /** Hash over all parts. */
  hash: string;
  /** Hash per decisive part (`expertKey`, `start`, `state`, `node:<id>`, `rule:<id>`). */
  parts: Record<string, string>;
}

/** What the lock keeps of one case. */
export interface LockEntry {
  version: number;
  hash: string;
  parts: Record<string, string>;
}

/** The whole lock: entries by case id. */
export type VersionLock = Record<string, LockEntry>;

const ABOUT =
  'Written by `npm run cases:lock`; do not edit by hand. Per case: its version and a hash of what decides its expert answer. See docs/scenarios.md ("Case versions").';

function isEntry(value: unknown): value is LockEntry {
  return (
    isRecord(value) &&
    Number.isInteger(value['version']) &&
    typeof value['hash'] === 'string' &&
    isRecord(value['parts']) &&
    Object.values(value['parts']).every((h) => typeof h === 'string')
  );
}

/** Reads the lock file's text; throws an Error naming the file when it is not a lock. */
export function parseLock(text: string): VersionLock {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${LOCK_FILE}: not valid JSON. Restore it from git and run \`${LOCK_COMMAND}\`.`);
  }
  const cases = isRecord(parsed) ? parsed['cases'] : undefined;
  if (!isRecord(cases) || !Object.values(cases).every(isEntry)) {
    throw new Error(`${LOCK_FILE}: not a case version lock. Restore it from git and run \`${LOCK_COMMAND}\`.`);
  }
  return cases as VersionLock;
}

/** The lock file's text for these entries (sorted by case id, one stable form). */
export function formatLock(lock: VersionLock): string {
  const cases = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ about: ABOUT, cases }, null, 2)}\n`;
}

function partName(name: string): string {
  if (name === 'expertKey') return 'the expert key';
  if (name === 'start') return 'the start node';
  if (name === 'state') return 'the case state';
  if (name.startsWith('node:')) return `node "${name.slice(5)}"`;
  if (name.startsWith('rule:')) return `rule "${name.slice(5)}" of content/rules.yaml`;
  return name;
}

/** Which decisive parts differ between the lock and the case, in words: `node "x" changed, rule "y" … added`. */
export function describeChanges(before: Record<string, string>, after: Record<string, string>): string {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: string[] = [];
  for (const name of names) {
    if (!(name in before)) changes.push(`${partName(name)} added`);
    else if (!(name in after)) changes.push(`${partName(name)} removed`);
    else if (before[name] !== after[name]) changes.push(`${partName(name)} changed`);
  }
  return changes.join(', ');
}

/** A change that needs a higher `version` in the case file (the lock script refuses it too). */
function bumpProblem(c: CaseFingerprint, entry: LockEntry): string | null {
  if (c.version < entry.version) {
    return `${c.file}: version ${c.version} is lower than version ${entry.version} in ${LOCK_FILE}; a case version never goes down.`;
  }
  if (c.hash !== entry.hash && c.version === entry.version) {
    return (
      `${c.file}: what decides the expert answer changed (${describeChanges(entry.parts, c.parts)}), but \`version\` is still ${c.version}. ` +
      `Raise \`version:\` to ${c.version + 1} in the case file (old results then show as "gespeeld met een eerdere versie") and run \`${LOCK_COMMAND}\`.`
    );
  }
  return null;
}

/** Every problem of the cases against the lock; empty when the lock matches exactly. */
export function checkVersionLock(cases: readonly CaseFingerprint[], lock: VersionLock): string[] {
  const problems: string[] = [];
  for (const c of cases) {
    const entry = Object.hasOwn(lock, c.id) ? lock[c.id] : undefined;
    if (!entry) {
      problems.push(`${c.file}: the case is not in ${LOCK_FILE}. Run \`${LOCK_COMMAND}\` to add it.`);
      continue;
    }
    const bump = bumpProblem(c, entry);
    if (bump) problems.push(bump);
    else if (c.hash !== entry.hash || c.version !== entry.version) {
      problems.push(`${c.file}: ${LOCK_FILE} still has version ${entry.version} of this case. Run \`${LOCK_COMMAND}\`.`);
    }
  }
  const ids = new Set(cases.map((c) => c.id));
  for (const id of Object.keys(lock)) {
    if (!ids.has(id)) problems.push(`${LOCK_FILE}: "${id}" has no case file (scenarios/${id}.yaml). Run \`${LOCK_COMMAND}\`.`);
  }
  return problems;
}

/**
 * The new lock for these cases, or the problems that stop it: a decisive change without a
 * higher version, or a version that went down. New and removed cases are simply updated.
 */
export function updateLock(cases: readonly CaseFingerprint[], lock: VersionLock): { ok: true; lock: VersionLock } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const next: VersionLock = {};
  for (const c of cases) {
    const entry = Object.hasOwn(lock, c.id) ? lock[c.id] : undefined;
    const bump = entry ? bumpProblem(c, entry) : null;
    if (bump) problems.push(bump);
    next[c.id] = { version: c.version, hash: c.hash, parts: c.parts };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lock: next };
}
