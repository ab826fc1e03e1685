// @vitest-environment jsdom
import { cleanStores } from 'nanostores';
import { afterEach, expect, test } from 'vitest';
import {
  EXERCISE_RESULTS_KEY,
  decodeResults,
  exerciseResults,
  getExerciseResults,
  recordExerciseResult,
} from '~/stores/exercise-results';

afterEach(() => {
  cleanStores(exerciseResults);
  exerciseResults.set({});
  localStorage.clear();
});

const T1 = new Date('2026-03-01T10:00:00Z');
const T2 = new Date('2026-03-02T10:00:00Z');

test('saves a result under vh:exercises:v1 in the versioned shape', () => {
  recordExerciseResult('vastleggen-school', 77, T1);
  expect(JSON.parse(localStorage.getItem(EXERCISE_RESULTS_KEY) ?? 'null')).toEqual({
    v: 1,
    results: { 'vastleggen-school': { bestPercent: 77, completedAt: '2026-03-01T10:00:00.000Z' } },
  });
});

test('keeps the best score: a lower or equal score later does not replace it', () => {
  recordExerciseResult('a', 80, T1);
  expect(recordExerciseResult('a', 60, T2)).toEqual({ bestPercent: 80, completedAt: T1.toISOString() });
  recordExerciseResult('a', 80, T2);
  expect(getExerciseResults()['a']?.completedAt).toBe(T1.toISOString());
  recordExerciseResult('a', 90, T2);
  expect(getExerciseResults()['a']).toEqual({ bestPercent: 90, completedAt: T2.toISOString() });
});

test('keeps results of different exercises apart', () => {
  recordExerciseResult('a', 50, T1);
  recordExerciseResult('b', 100, T1);
  expect(Object.keys(getExerciseResults()).sort()).toEqual(['a', 'b']);
});

test('clamps a percentage outside 0-100', () => {
  expect(recordExerciseResult('a', 140, T1).bestPercent).toBe(100);
});

test('a corrupt or foreign value reads as no results and never throws', () => {
  for (const raw of ['geen json', 'null', '[]', '{"v":2,"results":{}}', '{"v":1}', '{"v":1,"results":[1]}', undefined]) {
    expect(() => decodeResults(raw)).not.toThrow();
    expect(decodeResults(raw)).toEqual({});
  }
});

test('one malformed result is dropped, the others are kept', () => {
  const raw = JSON.stringify({
    v: 1,
    results: {
      goed: { bestPercent: 70, completedAt: '2026-03-01T10:00:00.000Z' },
      kapot: { bestPercent: 'veel', completedAt: '2026-03-01T10:00:00.000Z' },
      teHoog: { bestPercent: 101, completedAt: '2026-03-01T10:00:00.000Z' },
      geenDatum: { bestPercent: 50, completedAt: 'gisteren' },
    },
  });
  expect(decodeResults(raw)).toEqual({ goed: { bestPercent: 70, completedAt: '2026-03-01T10:00:00.000Z' } });
});

test('a corrupt stored value is replaced on the next save', () => {
  localStorage.setItem(EXERCISE_RESULTS_KEY, '{kapot');
  const stop = exerciseResults.listen(() => undefined); // mounting re-reads localStorage
  expect(getExerciseResults()).toEqual({});
  recordExerciseResult('a', 40, T1);
  stop();
  expect(JSON.parse(localStorage.getItem(EXERCISE_RESULTS_KEY) ?? 'null')).toMatchObject({ v: 1, results: { a: { bestPercent: 40 } } });
});

test('getExerciseResults returns a copy, so callers cannot change the store by accident', () => {
  recordExerciseResult('a', 40, T1);
  const results = getExerciseResults();
  delete results['a'];
  expect(getExerciseResults()['a']?.bestPercent).toBe(40);
});
