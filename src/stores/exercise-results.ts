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
import { persisted, read, write } from './persisted';
import { count, isoDate, object, record, type Infer } from './shape';

/** The localStorage key; the version is part of it. */
export const EXERCISE_RESULTS_KEY = 'vh:exercises:v1';

/** Current shape version, also stored as `v`. */
export const EXERCISE_RESULTS_VERSION = 1;

/** An exercise slug; excludes `__proto__` and friends by construction. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The stored shape of one exercise's best result. */
const resultShape = object({ bestPercent: count(100), completedAt: isoDate });

/** The best result of one exercise. */
export type ExerciseResult = Infer<typeof resultShape>;

/** Best results by exercise slug. */
export type ExerciseResults = Record<string, ExerciseResult>;

const persistedResults = persisted(EXERCISE_RESULTS_KEY, record(SLUG, resultShape, { lenient: true }), EXERCISE_RESULTS_VERSION, { fallback: {}, field: 'results' });

/** Reads the stored JSON; anything unreadable becomes an empty set of results, a malformed result is dropped. */
export function decodeResults(raw: string | undefined): ExerciseResults {
  return persistedResults.decode(raw);
}

/** Writes the versioned shape. */
export function encodeResults(results: ExerciseResults): string {
  return JSON.stringify({ v: EXERCISE_RESULTS_VERSION, results });
}

/** All best results, kept in sync with localStorage (also across tabs). */
export const exerciseResults = persistedResults.store;

/** The import rule of the key (strict: every slug and result valid). */
export const exerciseResultsRule = persistedResults.rule;

/** The best result per exercise slug: { [slug]: { bestPercent, completedAt } }. For learning paths and the list. */
export function getExerciseResults(): ExerciseResults {
  return { ...read(persistedResults) };
}

/** Saves a finished check; keeps the earlier result when it was at least as good. Returns the best result now. */
export function recordExerciseResult(slug: string, percent: number, now = new Date()): ExerciseResult {
  const current = getExerciseResults();
  const before = current[slug];
  const clamped = Math.max(0, Math.min(100, Math.floor(percent)));
  if (before && before.bestPercent >= clamped) return before;
  const best: ExerciseResult = { bestPercent: clamped, completedAt: now.toISOString() };
  write(persistedResults, { ...current, [slug]: best }); // refused (full, blocked): the score shows now, it is just not remembered
  return best;
}
