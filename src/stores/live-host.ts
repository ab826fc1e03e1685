/**
 * The trainer's side of live voting, kept on this device next to the session (src/stores/session.ts),
 * so a reload or a relay restart recreates the room with the same code and token.
 *
 * Stored shape: localStorage key `vh:live-host:v1`, JSON
 *
 *   {
 *     "version": 1,
 *     "scenarioId": "noor-groep-6", "startedAt": "2025-01-31T10:00:00.000Z",   // the session it belongs to
 *     "code": "K7QM3XPA",             // the join code
 *     "token": "…43 characters…",     // the trainer's secret (256 random bits); only its hash reaches the relay's memory
 *     "on": true,                     // live voting chosen
 *     "decisions": { "0": { "phones": { "a": 5, "b": 2 }, "hands": { "a": 1, "b": 0 } } }  // per decision index, at the reveal
 *   }
 *
 * Counts only: no participant ids, no votes of anyone. A value of another shape is dropped
 * (the shape is declared below with the helpers of ./shape.ts, as every stored key's is).
 */
import type { KeyRule } from '~/engine/learning-path';
import { isJoinCode } from '~/engine/live';
import type { LiveDecisionCounts } from '~/engine/session';
import { deviceStorage, removeKey, writeJson, type StorageLike } from './persisted';
import { boolean, integer, literal, object, record, string, type Shape } from './shape';

export type { LiveDecisionCounts };

export const LIVE_HOST_KEY = 'vh:live-host:v1';

export interface LiveHostState {
  version: 1;
  scenarioId: string;
  startedAt: string;
  code: string;
  token: string;
  on: boolean;
  decisions: Record<string, LiveDecisionCounts>;
}

/** A count of phones or hands: a whole number, zero or more. */
const tally: Shape<number> = { parse: (v, strict) => (integer.parse(v, strict) !== undefined && (v as number) >= 0 ? (v as number) : undefined) };
/** Counts per option (its letter or id). */
const counts = record(/^[a-z0-9][a-z0-9-]*$/, tally);
/** The stored shape (see the header); read and import use the same strict check, so a bad part refuses the whole value. */
const LIVE_HOST: Shape<LiveHostState> = object({
  version: literal(1),
  scenarioId: string(),
  startedAt: string(),
  code: { parse: (v: unknown) => (typeof v === 'string' && isJoinCode(v) ? v : undefined) },
  token: string(/^[A-Za-z0-9_-]{43}$/),
  on: boolean,
  decisions: record(/^\d+$/, object({ phones: counts, hands: counts })),
});

function parseLiveHost(value: unknown): LiveHostState | undefined {
  return LIVE_HOST.parse(value, true);
}

/** The import rule of this key (progress moved to another device): the same shape check as reading. */
export const liveHostRule: KeyRule = {
  matches: (key) => key === LIVE_HOST_KEY,
  isValid: (raw) => parseLiveHost(JSON.parse(raw) as unknown) !== undefined,
};

/** The live state of the session that started at `startedAt`, or null (none, damaged, or another session's). */
export function readLiveHost(scenarioId: string, startedAt: string, storage: StorageLike | null = deviceStorage()): LiveHostState | null {
  try {
    const raw = storage?.getItem(LIVE_HOST_KEY);
    if (!raw) return null;
    const value = parseLiveHost(JSON.parse(raw) as unknown);
    if (value && value.scenarioId === scenarioId && value.startedAt === startedAt) return value;
  } catch {
    // Not JSON or storage blocked: as if there were none.
  }
  return null;
}

export function saveLiveHost(state: LiveHostState, storage: StorageLike | null = deviceStorage()): boolean {
  return writeJson(storage, LIVE_HOST_KEY, state);
}

export function clearLiveHost(storage: StorageLike | null = deviceStorage()): void {
  removeKey(storage, LIVE_HOST_KEY);
}

/** Records (or with null forgets) the phone and hand counts of decision `index` of the session. */
export function recordLiveDecision(
  scenarioId: string,
  startedAt: string,
  index: number,
  counts: LiveDecisionCounts | null,
  storage: StorageLike | null = deviceStorage(),
): void {
  const state = readLiveHost(scenarioId, startedAt, storage);
  if (!state) return;
  const decisions = { ...state.decisions };
  if (counts) decisions[String(index)] = counts;
  else delete decisions[String(index)];
  saveLiveHost({ ...state, decisions }, storage);
}
