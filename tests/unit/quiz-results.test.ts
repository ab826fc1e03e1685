import { setPersistentEngine, type PersistentStore } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, test } from 'vitest';
import type { Attempt } from '~/engine/quiz/attempt';
import type { QuizResult } from '~/engine/quiz/score';
import {
  MAX_RESULTS,
  QUIZ_ATTEMPT_KEY,
  QUIZ_RESULTS_KEY,
  decodeAttempt,
  decodeResults,
  loadAttempt,
  loadResults,
  quizAttempt,
  quizResults,
  saveAttempt,
  saveResult,
} from '~/stores/quiz-results';

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** Points both stores at `storage` and makes them read it again, as on a fresh page load. */
function useStorage(storage: PersistentStore): PersistentStore {
  setPersistentEngine(storage, noEvents);
  cleanStores(quizResults, quizAttempt);
  return storage;
}

afterEach(() => {
  cleanStores(quizResults, quizAttempt);
});

const attempt: Attempt = { questionIds: ['a', 'b'], optionOrder: { a: ['x', 'y'], b: ['waar', 'niet-waar'] }, answers: { a: ['x'] }, position: 1 };
const result: QuizResult = {
  points: 12.5,
  max: 15,
  percent: 83,
  passed: true,
  byTopic: [{ topic: 'ots', title: 'OTS', readMore: '/privacy/toestemming/', points: 1, max: 2 }],
};
const storedResult = { at: '2026-11-23T12:00:00.000Z', points: 12.5, max: 15, percent: 83, passed: true, byTopic: [{ topic: 'ots', points: 1, max: 2 }] };

describe('decoding stored values never throws', () => {
  test.each([
    ['invalid JSON', '{nope'],
    ['JSON null', 'null'],
    ['a list instead of an object', '[1,2]'],
    ['another version', JSON.stringify({ v: 0, results: [storedResult] })],
    ['results that are not a list', JSON.stringify({ v: 1, results: 'veel' })],
    ['a result of the wrong shape', JSON.stringify({ v: 1, results: [{ ...storedResult, percent: 'tachtig' }] })],
    ['a result with a bad date', JSON.stringify({ v: 1, results: [{ ...storedResult, at: 'gisteren' }] })],
  ])('results: %s gives an empty list', (_what, raw) => {
    expect(decodeResults(raw)).toEqual([]);
  });

  test.each([
    ['invalid JSON', 'undefined'],
    ['another version', JSON.stringify({ v: 2, attempt })],
    ['no attempt inside', JSON.stringify({ v: 1 })],
    ['question ids that are not strings', JSON.stringify({ v: 1, attempt: { ...attempt, questionIds: [1, 2] } })],
    ['a negative position', JSON.stringify({ v: 1, attempt: { ...attempt, position: -1 } })],
    ['answers of the wrong shape', JSON.stringify({ v: 1, attempt: { ...attempt, answers: { a: 'x' } } })],
  ])('attempt: %s gives null', (_what, raw) => {
    expect(decodeAttempt(raw)).toBeNull();
  });

  test('a valid value round-trips', () => {
    expect(decodeResults(JSON.stringify({ v: 1, results: [storedResult] }))).toEqual([storedResult]);
    expect(decodeAttempt(JSON.stringify({ v: 1, attempt }))).toEqual(attempt);
  });
});

describe('the stores', () => {
  test('a corrupt results key does not affect the attempt key, and the reverse', () => {
    useStorage({ [QUIZ_RESULTS_KEY]: '{kapot', [QUIZ_ATTEMPT_KEY]: JSON.stringify({ v: 1, attempt }) });
    expect(loadResults()).toEqual([]);
    expect(loadAttempt()).toEqual(attempt);
    useStorage({ [QUIZ_RESULTS_KEY]: JSON.stringify({ v: 1, results: [storedResult] }), [QUIZ_ATTEMPT_KEY]: '"x"' });
    expect(loadResults()).toEqual([storedResult]);
    expect(loadAttempt()).toBeNull();
  });

  test('saveResult stores the newest first, without titles, and keeps at most MAX_RESULTS', () => {
    const storage = useStorage({});
    for (let i = 0; i < MAX_RESULTS + 2; i++) saveResult({ ...result, percent: i }, new Date(Date.UTC(2026, 10, 1 + i)));
    const saved = JSON.parse(storage[QUIZ_RESULTS_KEY] ?? 'null') as { v: number; results: { percent: number; byTopic: object[] }[] };
    expect(saved.v).toBe(1);
    expect(saved.results).toHaveLength(MAX_RESULTS);
    expect(saved.results[0]?.percent).toBe(MAX_RESULTS + 1);
    expect(saved.results[0]?.byTopic).toEqual([{ topic: 'ots', points: 1, max: 2 }]);
  });

  test('saveAttempt(null) removes the key', () => {
    const storage = useStorage({});
    saveAttempt(attempt);
    expect(JSON.parse(storage[QUIZ_ATTEMPT_KEY] ?? 'null')).toEqual({ v: 1, attempt });
    saveAttempt(null);
    expect(QUIZ_ATTEMPT_KEY in storage).toBe(false);
  });

  test('a storage that refuses writes does not throw, on reading or writing', () => {
    const refusing = new Proxy<PersistentStore>({}, {
      set() {
        throw new Error('QuotaExceededError');
      },
    });
    useStorage(refusing);
    expect(loadResults()).toEqual([]);
    expect(loadAttempt()).toBeNull();
    expect(() => saveResult(result, new Date())).not.toThrow();
    expect(() => saveAttempt(attempt)).not.toThrow();
  });
});
