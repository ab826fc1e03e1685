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
import { persistentAtom } from '@nanostores/persistent';
import type { Attempt } from '~/engine/quiz';
import type { QuizResult } from '~/engine/quiz';

/** Key of the finished results. */
export const QUIZ_RESULTS_KEY = 'vh:quiz:v1';
/** Key of the test in progress. */
export const QUIZ_ATTEMPT_KEY = 'vh:quiz:attempt:v1';
/** Shape version of both stored values; bump it (and the key) when the shape changes. */
export const QUIZ_STORE_VERSION = 1;
/** How many finished results are kept. */
export const MAX_RESULTS = 5;

/** One finished test as stored. */
export interface StoredResult {
  /** When the test was finished (ISO 8601). */
  at: string;
  points: number;
  max: number;
  percent: number;
  passed: boolean;
  /** Points per topic id; titles come from the current bank when shown. */
  byTopic: { topic: string; points: number; max: number }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTopicScore(value: unknown): boolean {
  return isRecord(value) && typeof value['topic'] === 'string' && isCount(value['points']) && isCount(value['max']);
}

/** Shape check of one stored result. */
export function isStoredResult(value: unknown): value is StoredResult {
  return (
    isRecord(value) &&
    typeof value['at'] === 'string' &&
    !Number.isNaN(Date.parse(value['at'])) &&
    isCount(value['points']) &&
    isCount(value['max']) &&
    isCount(value['percent']) &&
    typeof value['passed'] === 'boolean' &&
    Array.isArray(value['byTopic']) &&
    value['byTopic'].every(isTopicScore)
  );
}

/** Shape check of a stored attempt; whether it fits the bank is checked separately. */
export function isAttempt(value: unknown): value is Attempt {
  return (
    isRecord(value) &&
    isStringList(value['questionIds']) &&
    isRecord(value['optionOrder']) &&
    Object.values(value['optionOrder']).every(isStringList) &&
    isRecord(value['answers']) &&
    Object.values(value['answers']).every(isStringList) &&
    Number.isInteger(value['position']) &&
    isCount(value['position'])
  );
}

/** Parses JSON and unwraps `{ v, [field] }` of the current version; undefined for anything else. */
function unwrap(raw: string, field: string): unknown {
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) && parsed['v'] === QUIZ_STORE_VERSION ? parsed[field] : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the stored results; anything unreadable becomes an empty list. */
export function decodeResults(raw: string): StoredResult[] {
  const results = unwrap(raw, 'results');
  return Array.isArray(results) && results.every(isStoredResult) ? results.slice(0, MAX_RESULTS) : [];
}

/** Reads the stored attempt; anything unreadable becomes null. */
export function decodeAttempt(raw: string): Attempt | null {
  const attempt = unwrap(raw, 'attempt');
  return isAttempt(attempt) ? attempt : null;
}

/** Finished results, newest first. */
export const quizResults = persistentAtom<StoredResult[]>(QUIZ_RESULTS_KEY, [], {
  encode: (results: StoredResult[]) => JSON.stringify({ v: QUIZ_STORE_VERSION, results }),
  decode: decodeResults,
});

/** The test in progress, or null. */
export const quizAttempt = persistentAtom<Attempt | null>(QUIZ_ATTEMPT_KEY, null, {
  // undefined removes the key: no test in progress leaves nothing behind.
  encode: (attempt: Attempt | null) => (attempt ? JSON.stringify({ v: QUIZ_STORE_VERSION, attempt }) : undefined),
  decode: decodeAttempt,
});

/** Reads a store, falling back when storage misbehaves (reading can write: the store re-syncs on mount). */
function safeGet<T>(store: { get(): T }, fallback: T): T {
  try {
    return store.get();
  } catch {
    return fallback;
  }
}

/** The test in progress as stored, or null; never throws. */
export function loadAttempt(): Attempt | null {
  return safeGet(quizAttempt, null);
}

/** The finished results as stored, newest first; never throws. */
export function loadResults(): StoredResult[] {
  return safeGet(quizResults, []);
}

/** Sets a store, ignoring a storage that refuses the write (full, or blocked by the browser). */
function safeSet<T>(store: { set(value: T): void }, value: T): void {
  try {
    store.set(value);
  } catch {
    // The learner can go on; the value just is not remembered.
  }
}

/** Remembers the test in progress (null when there is none). */
export function saveAttempt(attempt: Attempt | null): void {
  safeSet(quizAttempt, attempt);
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
  safeSet(quizResults, [stored, ...loadResults()].slice(0, MAX_RESULTS));
}

/** Forgets every finished result on this device. */
export function clearResults(): void {
  safeSet(quizResults, []);
}
