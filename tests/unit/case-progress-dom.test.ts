// @vitest-environment jsdom
import { cleanStores } from 'nanostores';
import { afterEach, expect, test } from 'vitest';
import { caseProgress, progressFor, saveCurrent } from '~/stores/case-progress';

// The same store against jsdom's real localStorage, as in the browser.
afterEach(() => {
  cleanStores(caseProgress);
  localStorage.clear();
});

const state = {
  version: 1 as const,
  scenarioId: 'een',
  scenarioVersion: 1,
  nodeId: 'start',
  vars: {},
  path: [],
  answers: {},
  finished: false,
};

test('writes to localStorage under vh:case:<slug>', () => {
  saveCurrent('een', state);
  expect(JSON.parse(localStorage.getItem('vh:case:een') ?? 'null')).toMatchObject({ v: 1, current: state });
});

test('removes a corrupt key from localStorage and keeps the other cases', () => {
  localStorage.setItem('vh:case:kapot', 'geen json');
  localStorage.setItem('vh:case:een', JSON.stringify({ v: 1, scenarioVersion: 1, finished: true, best: null, lastPath: [], current: null, updatedAt: '' }));
  localStorage.setItem('ander:sleutel', 'van iemand anders');
  expect(progressFor('kapot', 1)).toBeUndefined();
  expect(progressFor('een', 1)?.finished).toBe(true);
  expect(localStorage.getItem('vh:case:kapot')).toBeNull();
  expect(localStorage.getItem('ander:sleutel')).toBe('van iemand anders');
});
