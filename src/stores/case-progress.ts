/**
 * Progress on the cases (casussen), kept on this device only.
 *
 * Stored shape: one localStorage key per case, `vh:case:<slug>`, holding JSON
 *
 *   {
 *     "v": 1,                 // shape version of this record (PROGRESS_VERSION)
 *     "scenarioVersion": 2,   // the case's `version` when played; another version → kept, shown as
 *                             // "gespeeld met een eerdere versie", never counted, replaced on replay
 *     "finished": true,       // the case was played to an ending at least once
 *     "best": { "score": 14, "max": 18, "percent": 78, "passed": true } | null,
 *     "lastPath": [ { "nodeId": "...", "choiceId": "...", "step": 1 } ],  // path of the last finished run
 *     "current": PlayState | null,  // the run in progress, to resume after closing the browser
 *     "updatedAt": "2025-01-31T12:00:00.000Z"
 *   }
 *
 * A record of another case version (the case changed what decides its expert answer,
 * src/engine/case-version/) is kept as history but never counts: `progressFor` and the
 * learning paths only take a record of the current version, `caseStatus` labels it, and
 * the first save of a new run of the current version replaces it.
 *
 * One key per case needs @nanostores/persistent's `persistentMap` (every other key uses
 * `persisted`, src/stores/persisted.ts); the stored shape is declared with the same shapes
 * (src/stores/shape.ts), and the import rule comes from the same decoder.
 *
 * Why one key per case: a corrupt or outdated value then costs the learner that
 * one case only. A value that is not JSON, has an unknown shape or a newer
 * version is dropped (and removed from storage) when the store reads it; a value
 * of an older shape version goes through MIGRATIONS first. The run in progress is
 * checked against the case itself (engine `isValidState`) by the player, which
 * calls `dropCurrent` when it no longer replays. Nothing here throws: with storage
 * disabled @nanostores/persistent keeps the data in memory, and a failed write
 * (storage full) is ignored.
 */
import { persistentMap } from '@nanostores/persistent';
import type { BestResult, PathEntry, PlayState } from '~/engine/scenario';
import { betterResult } from '~/engine/scenario';
import { playedVersionLabel } from '~/engine/case-version';
import type { KeyRule } from '~/engine/learning-path';
import { anyRecord, array, boolean, count, integer, isRecord, literal, nullable, object, string } from './shape';

/** Prefix of the localStorage keys; the case slug follows it. */
export const CASE_KEY_PREFIX = 'vh:case:';

/** Current shape version of a stored record. */
export const PROGRESS_VERSION = 1;

/** The best finished run of a case (the shape is the engine's). */
export type { BestResult };

/** What is kept per case (see the shape at the top of this file). */
export interface CaseProgress {
  v: typeof PROGRESS_VERSION;
  scenarioVersion: number;
  finished: boolean;
  best: BestResult | null;
  lastPath: PathEntry[];
  current: PlayState | null;
  updatedAt: string;
}

/** A case slug after the prefix; never `__proto__`. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The import rule of every `vh:case:<slug>` key: a record this store reads (after migration). */
export const caseProgressRule: KeyRule = {
  matches: (k) => k.startsWith(CASE_KEY_PREFIX) && SLUG.test(k.slice(CASE_KEY_PREFIX.length)),
  isValid: (raw) => decodeProgress(raw) !== undefined,
};

/** Upgrades a record of version n (the key) to version n + 1; add an entry whenever PROGRESS_VERSION goes up. */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** All case progress by slug; a case without a (valid) record is absent or undefined. */
export const caseProgress = persistentMap<Record<string, CaseProgress | undefined>>(
  CASE_KEY_PREFIX,
  {},
  { encode: JSON.stringify, decode: decodeProgress },
);

const bestShape = object({ score: count(), max: count(), percent: count(), passed: boolean });
const pathEntryShape = object({ nodeId: string(), choiceId: string(), step: count() });
/** The stored shape of a current-version record; the play state inside is checked deeply by the player. */
const progressShape = object({
  v: literal(PROGRESS_VERSION),
  scenarioVersion: integer,
  finished: boolean,
  best: nullable(bestShape),
  lastPath: array(pathEntryShape),
  current: nullable(anyRecord),
  updatedAt: string(),
});

/** Shape check of a current-version record; the play state inside is checked deeply by the player. */
export function isCaseProgress(value: unknown): value is CaseProgress {
  return progressShape.parse(value, true) !== undefined;
}

/** Brings an older record up to PROGRESS_VERSION; undefined when no migration path exists. */
export function migrate(value: Record<string, unknown>): Record<string, unknown> | undefined {
  let record = value;
  for (let v = record['v']; typeof v === 'number' && v < PROGRESS_VERSION; v = record['v']) {
    const upgrade = MIGRATIONS[v];
    if (!upgrade) return undefined;
    record = upgrade(record);
  }
  return record;
}

/** Reads one stored value; anything unreadable becomes undefined (and the store then removes the key). */
export function decodeProgress(raw: string): CaseProgress | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed)) return undefined;
    return progressShape.parse(migrate(parsed), true) as CaseProgress | undefined;
  } catch {
    return undefined;
  }
}

/** Writes one case; a storage that refuses the write (full, blocked) leaves the page working. */
function write(slug: string, value: CaseProgress | undefined): void {
  try {
    caseProgress.setKey(slug, value);
  } catch {
    // Storage full or blocked: the case goes on, it just cannot be resumed later.
  }
}

function emptyProgress(scenarioVersion: number): CaseProgress {
  return { v: PROGRESS_VERSION, scenarioVersion, finished: false, best: null, lastPath: [], current: null, updatedAt: '' };
}

/** The progress of one case for this version of it; a record of another case version is kept in storage but not returned. */
export function progressFor(slug: string, scenarioVersion: number): CaseProgress | undefined {
  const progress = caseProgress.get()[slug];
  return progress && progress.scenarioVersion === scenarioVersion ? progress : undefined;
}

function update(slug: string, scenarioVersion: number, change: (p: CaseProgress) => CaseProgress, now: Date): void {
  const before = progressFor(slug, scenarioVersion) ?? emptyProgress(scenarioVersion);
  write(slug, { ...change(before), updatedAt: now.toISOString() });
}

/** Saves the run in progress, so the learner can resume after closing the browser. */
export function saveCurrent(slug: string, state: PlayState, now = new Date()): void {
  update(slug, state.scenarioVersion, (p) => ({ ...p, current: state }), now);
}

/** Records a finished run: marks the case done, keeps the best result and the path, ends the run in progress. */
export function recordFinish(slug: string, state: PlayState, result: BestResult, now = new Date()): void {
  update(
    slug,
    state.scenarioVersion,
    (p) => ({ ...p, finished: true, best: better(p.best, result), lastPath: state.path, current: null }),
    now,
  );
}

/** Of two results, the one to keep as best (the engine's rule, `betterResult`). */
export const better = betterResult;

/** Forgets the run in progress of a case (restart, or a saved run that no longer fits the case). */
export function dropCurrent(slug: string, scenarioVersion: number): void {
  const progress = progressFor(slug, scenarioVersion);
  if (!progress?.current) return;
  if (!progress.finished) write(slug, undefined);
  else write(slug, { ...progress, current: null });
}

/** Where a learner stands with a case, for the case list. */
export type CaseStatus =
  | { kind: 'nieuw' }
  | { kind: 'bezig' }
  | { kind: 'klaar'; best: BestResult | null; resumable: boolean }
  /** Finished with another version of the case: shown with its label, counted nowhere. */
  | { kind: 'eerdere-versie'; label: string; best: BestResult | null };

/** The status of a case from its stored progress; a finished run of another case version gets its own label. */
export function caseStatus(progress: CaseProgress | undefined, scenarioVersion: number): CaseStatus {
  if (!progress) return { kind: 'nieuw' };
  const label = playedVersionLabel(progress.scenarioVersion, scenarioVersion);
  if (label !== null) return progress.finished ? { kind: 'eerdere-versie', label, best: progress.best } : { kind: 'nieuw' };
  if (progress.finished) return { kind: 'klaar', best: progress.best, resumable: progress.current !== null };
  if (progress.current) return { kind: 'bezig' };
  return { kind: 'nieuw' };
}
