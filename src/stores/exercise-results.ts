/**
 * Best scores on the practice exercises (oefeningen), kept on this device only.
 *
 * Stored shape: one localStorage key, `vh:exercises:v1`, holding JSON
 *
 *   {
 *     "v": 1,                                  // shape version (EXERCISE_RESULTS_VERSION)
 *     "results": {
 *       "vastleggen-school": {                 // the exercise's slug (its collection id)
 *         "bestPercent": 88,                   // best score so far, whole percent 0-100
 *         "completedAt": "2026-11-23T10:00:00.000Z"  // when that best score was reached
 *       }
 *     }
 *   }
 *
 * Learning paths read it through `getExerciseResults()`. A value that is not
 * JSON or has another shape is ignored (and replaced on the next save); a single
 * malformed result is dropped and the others are kept. A new shape gets a new
 * key (`vh:exercises:v2`), so an old page never misreads it. Nothing here
 * throws: with storage disabled @nanostores/persistent keeps the data in
 * memory, and a refused write (storage full) is ignored.
 */
import { persistentAtom } from '@nanostores/persistent';

/** The localStorage key; the version is part of it. */
export const EXERCISE_RESULTS_KEY = 'vh:exercises:v1';

/** Current shape version, also stored as `v`. */
export const EXERCISE_RESULTS_VERSION = 1;

/** The best result of one exercise. */
export interface ExerciseResult {
  bestPercent: number;
  completedAt: string;
}

/** Best results by exercise slug. */
export type ExerciseResults = Record<string, ExerciseResult>;

interface Stored {
  v: typeof EXERCISE_RESULTS_VERSION;
  results: ExerciseResults;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isResult(value: unknown): value is ExerciseResult {
  return (
    isRecord(value) &&
    typeof value['bestPercent'] === 'number' &&
    Number.isFinite(value['bestPercent']) &&
    value['bestPercent'] >= 0 &&
    value['bestPercent'] <= 100 &&
    typeof value['completedAt'] === 'string' &&
    !Number.isNaN(Date.parse(value['completedAt']))
  );
}

/** Reads the stored JSON; anything unreadable becomes an empty set of results. */
export function decodeResults(raw: string | undefined): ExerciseResults {
  try {
    const parsed: unknown = JSON.parse(raw ?? '');
    if (!isRecord(parsed) || parsed['v'] !== EXERCISE_RESULTS_VERSION || !isRecord(parsed['results'])) return {};
    const kept: ExerciseResults = {};
    for (const [slug, result] of Object.entries(parsed['results'])) {
      // Only slug-shaped keys: a stored "__proto__" must not become the object's prototype.
      if (/^[a-z0-9-]+$/.test(slug) && isResult(result)) kept[slug] = { bestPercent: result.bestPercent, completedAt: result.completedAt };
    }
    return kept;
  } catch {
    return {};
  }
}

/** Writes the versioned shape. */
export function encodeResults(results: ExerciseResults): string {
  const stored: Stored = { v: EXERCISE_RESULTS_VERSION, results };
  return JSON.stringify(stored);
}

/** All best results, kept in sync with localStorage (also across tabs). */
export const exerciseResults = persistentAtom<ExerciseResults>(EXERCISE_RESULTS_KEY, {}, {
  encode: encodeResults,
  decode: decodeResults,
});

/** The best result per exercise slug: { [slug]: { bestPercent, completedAt } }. For learning paths and the list. */
export function getExerciseResults(): ExerciseResults {
  try {
    return { ...exerciseResults.get() };
  } catch {
    return {};
  }
}

/** Saves a finished check; keeps the earlier result when it was at least as good. Returns the best result now. */
export function recordExerciseResult(slug: string, percent: number, now = new Date()): ExerciseResult {
  const current = getExerciseResults();
  const before = current[slug];
  const clamped = Math.max(0, Math.min(100, Math.floor(percent)));
  if (before && before.bestPercent >= clamped) return before;
  const best: ExerciseResult = { bestPercent: clamped, completedAt: now.toISOString() };
  try {
    exerciseResults.set({ ...current, [slug]: best });
  } catch {
    // Storage full or blocked: the score shows now, it just is not remembered.
  }
  return best;
}
