import { cleanStores } from 'nanostores';
import { setPersistentEngine, type PersistentStore } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PlayState } from '~/engine/scenario/model';
import {
  CASE_KEY_PREFIX,
  MIGRATIONS,
  PROGRESS_VERSION,
  better,
  caseProgress,
  caseStatus,
  decodeProgress,
  dropCurrent,
  progressFor,
  recordFinish,
  saveCurrent,
} from '~/stores/case-progress';

const noEvents = { addEventListener() {}, removeEventListener() {} };
let storage: PersistentStore;

/** Points the store at a fresh fake storage holding `initial`, and makes it read it again. */
function useStorage(initial: Record<string, string> = {}, target: PersistentStore = {}): void {
  storage = Object.assign(target, initial);
  setPersistentEngine(storage, noEvents);
  cleanStores(caseProgress);
}

function play(overrides: Partial<PlayState> = {}): PlayState {
  return {
    version: 1,
    scenarioId: 'een',
    scenarioVersion: 1,
    nodeId: 'start',
    vars: {},
    path: [],
    answers: {},
    finished: false,
    ...overrides,
  };
}

const NOW = new Date('2025-01-31T12:00:00Z');
const PASS = { score: 12, max: 15, percent: 80, passed: true };

function stored(slug: string): unknown {
  const raw = storage[CASE_KEY_PREFIX + slug];
  return raw === undefined ? undefined : JSON.parse(raw);
}

beforeEach(() => useStorage());
afterEach(() => cleanStores(caseProgress));

describe('case progress store', () => {
  test('keeps each case under its own key vh:case:<slug>, with the documented shape', () => {
    saveCurrent('een', play({ nodeId: 'gesprek' }), NOW);
    saveCurrent('twee', play({ scenarioId: 'twee' }), NOW);
    expect(Object.keys(storage).sort()).toEqual(['vh:case:een', 'vh:case:twee']);
    expect(stored('een')).toEqual({
      v: PROGRESS_VERSION,
      scenarioVersion: 1,
      finished: false,
      best: null,
      lastPath: [],
      current: play({ nodeId: 'gesprek' }),
      updatedAt: NOW.toISOString(),
    });
  });

  test('reads back what was saved after a reload', () => {
    saveCurrent('een', play({ nodeId: 'gesprek' }), NOW);
    useStorage({ ...storage });
    expect(progressFor('een', 1)?.current?.nodeId).toBe('gesprek');
  });

  test('a corrupt value is discarded for that case alone and removed from storage', () => {
    saveCurrent('goed', play(), NOW);
    useStorage({ ...storage, 'vh:case:kapot': '{"v":1,"scenarioVer' });
    expect(progressFor('kapot', 1)).toBeUndefined();
    expect(progressFor('goed', 1)?.current).toEqual(play());
    expect(storage['vh:case:kapot']).toBeUndefined();
  });

  test('a value of the wrong shape or an unknown newer version is discarded', () => {
    const valid = { v: 1, scenarioVersion: 1, finished: true, best: PASS, lastPath: [], current: null, updatedAt: '' };
    expect(decodeProgress(JSON.stringify(valid))).toEqual(valid);
    expect(decodeProgress(JSON.stringify({ ...valid, v: 99 }))).toBeUndefined();
    expect(decodeProgress(JSON.stringify({ ...valid, best: { score: 'veel' } }))).toBeUndefined();
    expect(decodeProgress(JSON.stringify({ ...valid, lastPath: [{ nodeId: 3 }] }))).toBeUndefined();
    expect(decodeProgress('null')).toBeUndefined();
    expect(decodeProgress('[]')).toBeUndefined();
    expect(decodeProgress('')).toBeUndefined();
  });

  test('an older record version goes through the migration hook', () => {
    MIGRATIONS[0] = (old) => ({ ...old, v: 1, best: null, lastPath: [], current: null, updatedAt: '' });
    try {
      const migrated = decodeProgress(JSON.stringify({ v: 0, scenarioVersion: 2, finished: true }));
      expect(migrated).toMatchObject({ v: 1, scenarioVersion: 2, finished: true, best: null });
      expect(decodeProgress(JSON.stringify({ v: -1, scenarioVersion: 2, finished: true }))).toBeUndefined();
    } finally {
      delete MIGRATIONS[0];
    }
  });

  test('progress of another version of the case is not returned, but kept until a run of the new version is saved', () => {
    recordFinish('een', play({ scenarioVersion: 1, finished: true }), PASS, NOW);
    const stored = storage['vh:case:een'];
    expect(progressFor('een', 2)).toBeUndefined();
    expect(storage['vh:case:een']).toBe(stored);
    expect(caseStatus(caseProgress.get()['een'], 2)).toEqual({ kind: 'eerdere-versie', label: 'gespeeld met een eerdere versie', best: PASS });
    saveCurrent('een', play({ scenarioVersion: 2 }), NOW);
    expect(progressFor('een', 2)).toMatchObject({ scenarioVersion: 2, finished: false, best: null });
    expect(caseStatus(caseProgress.get()['een'], 2)).toEqual({ kind: 'bezig' });
  });

  test('a stored record of shape version 1 from before case versions were labelled still reads, with its case version', () => {
    const old = { v: 1, scenarioVersion: 1, finished: true, best: PASS, lastPath: [], current: null, updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(decodeProgress(JSON.stringify(old))).toEqual(old);
  });

  test('finishing marks the case done, keeps the best result and the last path, and ends the run in progress', () => {
    const path = [{ nodeId: 'start', choiceId: 'a', step: 1 }];
    saveCurrent('een', play(), NOW);
    recordFinish('een', play({ path, finished: true }), PASS, NOW);
    recordFinish('een', play({ path: [], finished: true }), { ...PASS, percent: 40, passed: false }, NOW);
    const progress = progressFor('een', 1);
    expect(progress).toMatchObject({ finished: true, best: PASS, current: null, lastPath: [] });
  });

  test('a pass beats a fail, then the higher percentage wins', () => {
    const fail = { score: 14, max: 15, percent: 93, passed: false };
    expect(better(fail, PASS)).toBe(PASS);
    expect(better(PASS, fail)).toBe(PASS);
    expect(better(PASS, { ...PASS, percent: 90 }).percent).toBe(90);
    expect(better(null, fail)).toBe(fail);
  });

  test('dropping the run in progress keeps a finished result', () => {
    recordFinish('een', play({ finished: true }), PASS, NOW);
    saveCurrent('een', play(), NOW);
    dropCurrent('een', 1);
    expect(progressFor('een', 1)).toMatchObject({ finished: true, current: null });
    saveCurrent('twee', play(), NOW);
    dropCurrent('twee', 1);
    expect(storage['vh:case:twee']).toBeUndefined();
  });

  test('a storage that refuses writes does not throw', () => {
    const full = new Proxy<PersistentStore>({}, {
      set() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    useStorage({}, full);
    expect(() => saveCurrent('een', play(), NOW)).not.toThrow();
    expect(() => recordFinish('een', play({ finished: true }), PASS, NOW)).not.toThrow();
  });

  test('the status reads not started, in progress or done with the best score', () => {
    expect(caseStatus(undefined, 1)).toEqual({ kind: 'nieuw' });
    saveCurrent('een', play({ path: [{ nodeId: 'start', choiceId: 'a', step: 1 }] }), NOW);
    expect(caseStatus(progressFor('een', 1), 1)).toEqual({ kind: 'bezig' });
    recordFinish('een', play({ finished: true }), PASS, NOW);
    expect(caseStatus(caseProgress.get()['een'], 1)).toEqual({ kind: 'klaar', best: PASS, resumable: false });
    expect(caseStatus(caseProgress.get()['een'], 2)).toEqual({ kind: 'eerdere-versie', label: 'gespeeld met een eerdere versie', best: PASS });
  });
});
