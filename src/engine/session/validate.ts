/**
 * Checking a stored session before it is used. Two levels: the shape alone (no case
 * needed; the store uses it to tell "damaged" from "a session of another case"), and
 * the whole session against its case: the play state replays (engine isValidState),
 * the decisions match the choices in the path one by one, and the phase fits the node.
 * Anything edited, truncated or from an older case version fails; nothing here throws.
 */
import { getNode, hasOptions, isValidState, replay, visibleOptions } from '../scenario';
import { isRecord } from '../shared';
import type { LoadedScenario, PlayState } from '../scenario';
import { MAX_NOTE_LENGTH, SESSION_VERSION, type SessionDecision, type SessionPhase, type SessionState } from './model';
import { isDecisionNode } from './phases';
import { MAX_VOTES } from './votes';

const PHASES: readonly SessionPhase[] = ['situatie', 'stemmen', 'feedback', 'einde'];

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_VOTES;
}

function isTime(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isDecision(value: unknown): value is SessionDecision {
  return (
    isRecord(value) &&
    typeof value['nodeId'] === 'string' &&
    isRecord(value['votes']) &&
    Object.values(value['votes']).every(isCount) &&
    (value['chosen'] === null || typeof value['chosen'] === 'string') &&
    typeof value['overridden'] === 'boolean' &&
    typeof value['note'] === 'string' &&
    value['note'].length <= MAX_NOTE_LENGTH &&
    (value['revealedAt'] === undefined || isTime(value['revealedAt']))
  );
}

/** True when a value has the shape of a stored session of this version; says nothing about its case. */
export function isSessionShape(value: unknown): value is SessionState {
  return (
    isRecord(value) &&
    value['version'] === SESSION_VERSION &&
    typeof value['scenarioId'] === 'string' &&
    typeof value['scenarioVersion'] === 'number' &&
    isRecord(value['play']) &&
    Array.isArray(value['decisions']) &&
    value['decisions'].every(isDecision) &&
    PHASES.includes(value['phase'] as SessionPhase) &&
    isTime(value['startedAt'])
  );
}

/** The options shown at each decision node the path passed, in order (replaying the path); null when the path is stale. */
function decisionsInPath(s: LoadedScenario, play: PlayState): { nodeId: string; choiceId: string; shown: string[] }[] | null {
  const result = replay(s, play.path);
  if (!result.fits) return null;
  return result.steps.flatMap(({ entry, node, before }) =>
    hasOptions(node) ? [{ nodeId: node.id, choiceId: entry.choiceId, shown: visibleOptions(node, before.vars).map((o) => o.id) }] : [],
  );
}

function votesFit(decision: SessionDecision, shown: readonly string[]): boolean {
  return Object.keys(decision.votes).every((id) => shown.includes(id));
}

function openFits(s: LoadedScenario, session: SessionState, open: SessionDecision | undefined): boolean {
  const node = getNode(s, session.play.nodeId);
  if (session.play.finished) return open === undefined && session.phase === 'einde';
  if (!isDecisionNode(node)) return open === undefined && session.phase === 'situatie';
  if (!open || open.nodeId !== node.id || session.phase === 'einde' || !hasOptions(node)) return false;
  const shown = visibleOptions(node, session.play.vars).map((o) => o.id);
  return votesFit(open, shown) && (open.chosen === null || shown.includes(open.chosen));
}

/** True when a stored value is a whole, consistent session of this case and case version. */
export function isValidSession(s: LoadedScenario, value: unknown): value is SessionState {
  if (!isSessionShape(value) || value.scenarioId !== s.id || value.scenarioVersion !== s.version) return false;
  if (!isValidState(s, value.play)) return false;
  try {
    const taken = decisionsInPath(s, value.play);
    if (taken === null) return false;
    const done = value.decisions.slice(0, taken.length);
    const matches = taken.every((t, i) => {
      const d = done[i];
      return d !== undefined && d.nodeId === t.nodeId && d.chosen === t.choiceId && votesFit(d, t.shown);
    });
    const rest = value.decisions.slice(taken.length);
    return matches && done.length === taken.length && rest.length <= 1 && openFits(s, value, rest[0]);
  } catch {
    return false;
  }
}
