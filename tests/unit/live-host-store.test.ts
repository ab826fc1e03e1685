/**
 * The trainer's live-voting state on this device (src/stores/live-host.ts): it comes back after a
 * reload only for the session it belongs to, a damaged or foreign value is dropped, and the import
 * rule (progress moved to another device) checks the same shape.
 */
import { describe, expect, test } from 'vitest';
import {
  LIVE_HOST_KEY,
  clearLiveHost,
  liveHostRule,
  readLiveHost,
  recordLiveDecision,
  saveLiveHost,
  type LiveHostState,
} from '~/stores/live-host';
import { memory, throwing } from './support/memory-storage';

const state: LiveHostState = {
  version: 1,
  scenarioId: 'noor-groep-6',
  startedAt: '2026-12-04T10:00:00.000Z',
  code: 'K7QM3XPA',
  token: 'A'.repeat(43),
  on: true,
  decisions: { '0': { phones: { a: 5, b: 2 }, hands: { a: 1, b: 0 } } },
};

const stored = (value: unknown) => memory({ [LIVE_HOST_KEY]: JSON.stringify(value) });

describe('live host store', () => {
  test('a saved state reads back for its own session only', () => {
    const storage = memory();
    expect(saveLiveHost(state, storage)).toBe(true);
    expect(readLiveHost(state.scenarioId, state.startedAt, storage)).toEqual(state);
    expect(readLiveHost(state.scenarioId, '2026-12-05T10:00:00.000Z', storage)).toBeNull();
    expect(readLiveHost('bram-klas-3', state.startedAt, storage)).toBeNull();
  });

  test('decision counts are recorded and forgotten per decision', () => {
    const storage = memory();
    saveLiveHost(state, storage);
    recordLiveDecision(state.scenarioId, state.startedAt, 2, { phones: { c: 7 }, hands: {} }, storage);
    expect(readLiveHost(state.scenarioId, state.startedAt, storage)?.decisions['2']).toEqual({ phones: { c: 7 }, hands: {} });
    recordLiveDecision(state.scenarioId, state.startedAt, 0, null, storage);
    expect(Object.keys(readLiveHost(state.scenarioId, state.startedAt, storage)?.decisions ?? {})).toEqual(['2']);
    clearLiveHost(storage);
    expect(storage.data).toEqual({});
  });

  test.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ ...state, version: 2 })],
    ['a join code outside the alphabet', JSON.stringify({ ...state, code: 'OOOOOOOO' })],
    ['a short token', JSON.stringify({ ...state, token: 'abc' })],
    ['a negative count', JSON.stringify({ ...state, decisions: { '0': { phones: { a: -1 }, hands: {} } } })],
    ['a fractional count', JSON.stringify({ ...state, decisions: { '0': { phones: { a: 1.5 }, hands: {} } } })],
    ['a decision key that is not an index', JSON.stringify({ ...state, decisions: { x: { phones: {}, hands: {} } } })],
    ['counts without hands', JSON.stringify({ ...state, decisions: { '0': { phones: {} } } })],
    ['a __proto__ option key', `{"version":1,"scenarioId":"noor-groep-6","startedAt":"${state.startedAt}","code":"K7QM3XPA","token":"${state.token}","on":true,"decisions":{"0":{"phones":{"__proto__":1},"hands":{}}}}`],
  ])('%s is dropped on reading and refused on import', (_what, raw) => {
    const storage = memory({ [LIVE_HOST_KEY]: raw });
    expect(readLiveHost(state.scenarioId, state.startedAt, storage)).toBeNull();
    let valid: boolean;
    try {
      valid = liveHostRule.isValid(raw);
    } catch {
      valid = false;
    }
    expect(valid).toBe(false);
  });

  test('fields the shape does not declare are not read back', () => {
    const read = readLiveHost(state.scenarioId, state.startedAt, stored({ ...state, extra: '<script>' }));
    expect(read).toEqual(state);
    expect(read).not.toHaveProperty('extra');
  });

  test('the import rule accepts exactly the stored shape, under its own key', () => {
    expect(liveHostRule.matches(LIVE_HOST_KEY)).toBe(true);
    expect(liveHostRule.matches('vh:session:v1')).toBe(false);
    expect(liveHostRule.isValid(JSON.stringify(state))).toBe(true);
  });

  test('blocked storage reads as nothing and saves nothing, without throwing', () => {
    const blocked = throwing;
    expect(readLiveHost(state.scenarioId, state.startedAt, blocked)).toBeNull();
    expect(saveLiveHost(state, blocked)).toBe(false);
    expect(() => clearLiveHost(blocked)).not.toThrow();
  });
});
