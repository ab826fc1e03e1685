/**
 * The active group session (facilitator mode, /sessie/), kept on this device only.
 *
 * Stored shape: one localStorage key, `vh:session:v1` (one active session at a time), holding JSON
 *
 *   {
 *     "version": 1,                    // shape version (SESSION_VERSION in src/engine/session/phases.ts)
 *     "scenarioId": "noor-groep-6",    // the case (slug)
 *     "scenarioVersion": 1,            // the case's `version`; another version → the session is discarded
 *     "play": PlayState,               // the case engine's state (src/engine/scenario/model.ts)
 *     "decisions": [                   // one per decision node passed, plus the open one
 *       { "nodeId": "...", "votes": { "optionId": 4 }, "chosen": "optionId" | null,
 *         "overridden": false, "note": "free text", "revealedAt": "2025-01-31T10:12:00.000Z" }
 *     ],
 *     "phase": "situatie" | "stemmen" | "feedback" | "einde",
 *     "startedAt": "2025-01-31T10:00:00.000Z"
 *   }
 *
 * No names of participants are asked for or stored: votes are counts only. A value that is
 * not JSON or has another shape is reported as damaged and removed; the session view then
 * checks the whole session against its case (isValidSession) and drops it when it does not
 * fit. Nothing here throws: with storage blocked or full the session still runs, it just
 * does not survive a reload.
 *
 * Not on `persisted` (src/stores/persisted.ts) like the other keys, on purpose: the session
 * view reads and writes it explicitly at each step, with a storage the tests can pass in,
 * and must tell "damaged" from "none"; the shape check is the session engine's own
 * (isSessionShape), which the import rule uses too. It shares `deviceStorage` with them.
 */
import type { SessionState } from '~/engine/session';
import { isSessionShape } from '~/engine/session';
import { deviceStorage, removeKey, writeJson, type StorageLike } from './persisted';

/** The localStorage key of the active session. */
export const SESSION_KEY = 'vh:session:v1';

/** What storage holds: nothing, a session (of some case), or a value that could not be read. */
export type StoredSession = { kind: 'none' } | { kind: 'ok'; session: SessionState } | { kind: 'damaged' };

/** The part of the Storage API used here, so tests can pass a plain object. */
export type SessionStorageLike = StorageLike;

/** Reads the active session; a damaged value is removed and reported once as 'damaged'. */
export function readSession(storage: SessionStorageLike | null = deviceStorage()): StoredSession {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const value: unknown = JSON.parse(raw);
    if (isSessionShape(value)) return { kind: 'ok', session: value };
  } catch {
    // Not JSON: fall through to damaged.
  }
  clearSession(storage);
  return { kind: 'damaged' };
}

/** Saves the session; returns false when storage refused (blocked or full). */
export function saveSession(session: SessionState, storage: SessionStorageLike | null = deviceStorage()): boolean {
  return writeJson(storage, SESSION_KEY, session);
}

/** Forgets the active session (reset, or a session that no longer fits its case). */
export function clearSession(storage: SessionStorageLike | null = deviceStorage()): void {
  removeKey(storage, SESSION_KEY);
}
