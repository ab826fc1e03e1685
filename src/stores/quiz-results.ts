/**
 * The privacy self-test's memory, kept on this device only (localStorage).
 * Nothing here is ever sent anywhere.
 *
 * Stored shape, two keys:
 *
 *   vh:quiz:v1 → {
 *     "v": 1,                                  // RESULTS_VERSION
 *     "results": [                             // newest first, at most MAX_RESULTS
 *       { "at": "2026-11-23T12:00:00.000Z", "points": 12.5, "max": 15, "percent": 83, "passed": true,
 *         "byTopic": [ { "topic": "ots", "points": 1, "max": 2 } ] }
 *     ]
 *   }
 *
 *   vh:quiz:attempt:v1 → { "v": 1, "attempt": Attempt }   // the test in progress (src/engine/quiz/attempt.ts);
 *                                                          // absent when none, so a reload or "Lees meer"
 *                                                          // and back resumes where the learner was
 *
 * A value that is not JSON, has another shape or another version is ignored
 * for that key only (the store falls back to "no results" / "no attempt") and
 * is overwritten by the next save. Whether a saved attempt still fits the
 * question bank is checked by the runner with `fitsBank`. Nothing here throws:
 * with storage disabled @nanostores/persistent keeps the values in memory, and
 * a failed write (storage full) is ignored.
 */
import type { Attempt } from '~/engine/quiz';
import type { QuizResult } from '~/engine/quiz';
import { persisted, read, write } from './persisted';
import { array, boolean, count, integer, isoDate, nullable, object, record, string, type Infer, type Shape } from './shape';

/** Key of the finished results. */
export const QUIZ_RESULTS_KEY = 'vh:quiz:v1';
/** Key of the test in progress. */
export const QUIZ_ATTEMPT_KEY = 'vh:quiz:attempt:v1';
/** Shape version of both stored values; bump it (and the key) when the shape changes. */
export const QUIZ_STORE_VERSION = 1;
/** How many finished results are kept. */
export const MAX_RESULTS = 5;

/** A question or option id as a key; never `__proto__`. */
const ID = /^(?!__proto__$)[^\s]+$/;

const resultShape = object({
  at: isoDate,
  points: count(),
  max: count(),
  percent: count(),
  passed: boolean,
  /** Points per topic id; titles come from the current bank when shown. */
  byTopic: array(object({ topic: string(), points: count(), max: count() })),
});

/** One finished test as stored. */
export type StoredResult = Infer<typeof resultShape>;

const attemptShape: Shape<Attempt> = object({
  questionIds: array(string()),
  optionOrder: record(ID, array(string())),
  answers: record(ID, array(string())),
  position: both(integer, count()),
});

/** Both shapes hold (an integer that is also a count). */
function both(a: Shape<number>, b: Shape<number>): Shape<number> {
  return { parse: (v, strict) => (a.parse(v, strict) === undefined ? undefined : b.parse(v, strict)) };
}

const persistedResults = persisted(QUIZ_RESULTS_KEY, array(resultShape, MAX_RESULTS), QUIZ_STORE_VERSION, { fallback: [], field: 'results' });
const persistedAttempt = persisted(QUIZ_ATTEMPT_KEY, nullable(attemptShape), QUIZ_STORE_VERSION, {
  fallback: null,
  field: 'attempt',
  // No test in progress leaves nothing behind.
  remove: (attempt) => attempt === null,
});

/** Shape check of one stored result. */
export function isStoredResult(value: unknown): value is StoredResult {
  return resultShape.parse(value, true) !== undefined;
}

/** Shape check of a stored attempt; whether it fits the bank is checked separately. */
export function isAttempt(value: unknown): value is Attempt {
  return attemptShape.parse(value, true) !== undefined;
}

/** Reads the stored results; anything unreadable becomes an empty list. */
export function decodeResults(raw: string): StoredResult[] {
  return persistedResults.decode(raw);
}

/** Reads the stored attempt; anything unreadable becomes null. */
export function decodeAttempt(raw: string): Attempt | null {
  return persistedAttempt.decode(raw);
}

/** Finished results, newest first. */
export const quizResults = persistedResults.store;

/** The test in progress, or null. */
export const quizAttempt = persistedAttempt.store;

/** The import rules of both keys (strict: at most MAX_RESULTS valid results; a valid attempt). */
export const quizRules = [persistedResults.rule, persistedAttempt.rule] as const;

/** The test in progress as stored, or null; never throws. */
export function loadAttempt(): Attempt | null {
  return read(persistedAttempt);
}

/** The finished results as stored, newest first; never throws. */
export function loadResults(): StoredResult[] {
  return read(persistedResults);
}

/** Remembers the test in progress (null when there is none); a refused write leaves the learner going on. */
export function saveAttempt(attempt: Attempt | null): void {
  write(persistedAttempt, attempt);
}

/** Adds a finished test to the front of the results. */
export function saveResult(result: QuizResult, at: Date): void {
  const stored: StoredResult = {
    at: at.toISOString(),
    points: result.points,
    max: result.max,
    percent: result.percent,
    passed: result.passed,
    byTopic: result.byTopic.map(({ topic, points, max }) => ({ topic, points, max })),
  };
  write(persistedResults, [stored, ...loadResults()].slice(0, MAX_RESULTS));
}

/** Forgets every finished result on this device. */
export function clearResults(): void {
  write(persistedResults, []);
}
