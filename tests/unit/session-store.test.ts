import { describe, expect, test } from 'vitest';
import { startSession } from '~/engine/session';
import { SESSION_KEY, clearSession, readSession, saveSession } from '~/stores/session';
import { at, kleineCasus } from './support/session-fixture';
import { memory, throwing } from './support/memory-storage';

const session = startSession(kleineCasus(), at());

describe('the session store', () => {
  test('saves under vh:session:v1 and reads it back', () => {
    const storage = memory();
    expect(saveSession(session, storage)).toBe(true);
    expect(Object.keys(storage.data)).toEqual([SESSION_KEY]);
    expect(SESSION_KEY).toBe('vh:session:v1');
    expect(readSession(storage)).toEqual({ kind: 'ok', session });
  });

  test('reports nothing stored as none', () => {
    expect(readSession(memory())).toEqual({ kind: 'none' });
  });

  test('reports a value that is not JSON as damaged, once, and removes it', () => {
    const storage = memory({ [SESSION_KEY]: '{kapot', 'ander:sleutel': 'blijft' });
    expect(readSession(storage)).toEqual({ kind: 'damaged' });
    expect(storage.data[SESSION_KEY]).toBeUndefined();
    expect(storage.data['ander:sleutel']).toBe('blijft');
    expect(readSession(storage)).toEqual({ kind: 'none' });
  });

  test('reports JSON of another shape as damaged', () => {
    expect(readSession(memory({ [SESSION_KEY]: JSON.stringify({ ...session, version: 7 }) }))).toEqual({ kind: 'damaged' });
    expect(readSession(memory({ [SESSION_KEY]: '42' }))).toEqual({ kind: 'damaged' });
  });

  test('reset removes the session', () => {
    const storage = memory();
    saveSession(session, storage);
    clearSession(storage);
    expect(readSession(storage)).toEqual({ kind: 'none' });
  });

  test('never throws with blocked or full storage, or without storage', () => {
    expect(readSession(throwing)).toEqual({ kind: 'none' });
    expect(saveSession(session, throwing)).toBe(false);
    expect(() => clearSession(throwing)).not.toThrow();
    expect(readSession(null)).toEqual({ kind: 'none' });
    expect(saveSession(session, null)).toBe(false);
  });
});
