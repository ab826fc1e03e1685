/**
 * Replaying a stored path through a case: the one loop that scoring, the debrief, the
 * check of a saved state, the session summary and checks, and the case player's start
 * panel all use. One rule for a stale path (a stored path that no longer fits the case,
 * for instance after the case file changed): the replay stops at the first entry whose
 * node is not where the case now is, or whose choice the case no longer offers there, and
 * says so. It never throws for a stale path; callers decide what a stale path means
 * (`replayOrThrow` for the engine's "throws ScenarioError" contract).
 */
import { ScenarioError } from './errors';
import type { Feedback, LoadedScenario, PathEntry, PlayState, ScenarioNode } from './model';
import { isRecord } from '../shared';
import { getNode, nodeIndex } from './nodes';
import { initialState, step } from './play';

/** One entry of the path, replayed: the node, the state before and after, and the feedback. */
export interface ReplayStep {
  entry: PathEntry;
  node: ScenarioNode;
  /** The state at the node, before the choice (its variables decide which options were shown). */
  before: PlayState;
  after: PlayState;
  feedback: Feedback;
}

/** Where a stale path stops fitting the case. */
export interface StalePath {
  /** Index in the path of the first entry that does not fit. */
  index: number;
  /** What does not fit, in English (for logs and errors), after "saved path". */
  reason: string;
}

/** The replay of a whole path, or where it stops fitting the case. */
export type Replay =
  | { fits: true; state: PlayState; steps: ReplayStep[] }
  | { fits: false; stale: StalePath; steps: ReplayStep[] };

/** Replays `path` from the start of the case; a path that no longer fits ends as `fits: false`. */
export function replay(s: LoadedScenario, path: readonly PathEntry[]): Replay {
  const steps: ReplayStep[] = [];
  let st = initialState(s);
  for (const [index, entry] of path.entries()) {
    if (entry.nodeId !== st.nodeId) {
      return { fits: false, stale: { index, reason: `goes to "${entry.nodeId}" but the case is at "${st.nodeId}"` }, steps };
    }
    try {
      const { state, feedback } = step(s, st, entry.choiceId);
      steps.push({ entry, node: getNode(s, entry.nodeId), before: st, after: state, feedback });
      st = state;
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      return { fits: false, stale: { index, reason: `entry ${index} no longer fits: ${error.message}` }, steps };
    }
  }
  return { fits: true, state: st, steps };
}

/** The replayed steps of a path; throws ScenarioError naming the case and the entry when the path is stale. */
export function replayOrThrow(s: LoadedScenario, path: readonly PathEntry[]): { state: PlayState; steps: ReplayStep[] } {
  const result = replay(s, path);
  if (!result.fits) throw new ScenarioError(`case "${s.id}": saved path ${result.stale.reason}`);
  return result;
}

/** JSON with object keys sorted, so two equal states compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

function hasShape(value: unknown): value is PlayState {
  if (!isRecord(value)) return false;
  return (
    value['version'] === 1 &&
    typeof value['scenarioId'] === 'string' &&
    typeof value['scenarioVersion'] === 'number' &&
    typeof value['nodeId'] === 'string' &&
    isRecord(value['vars']) &&
    isRecord(value['answers']) &&
    typeof value['finished'] === 'boolean' &&
    Array.isArray(value['path']) &&
    value['path'].every((e) => isRecord(e) && typeof e['nodeId'] === 'string' && typeof e['choiceId'] === 'string')
  );
}

/**
 * True when a saved value is a state of this case and version that replaying its path
 * from the start reproduces exactly; anything else (corrupted, outdated, edited) is false.
 */
export function isValidState(s: LoadedScenario, value: unknown): value is PlayState {
  if (!hasShape(value) || value.scenarioId !== s.id || value.scenarioVersion !== s.version) return false;
  if (!nodeIndex(s).has(value.nodeId)) return false;
  const result = replay(s, value.path);
  return result.fits && canonical(result.state) === canonical(value);
}
