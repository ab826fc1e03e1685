/**
 * A group session over one case (facilitator mode, /sessie/): the case engine's
 * PlayState plus, per decision, the group's vote counts, the option the group follows
 * and the trainer's note. Pure step functions over plain JSON, like the case engine:
 * the caller saves the result (src/stores/session.ts) and renders it.
 *
 * Phases at a decision (a choice or afweging node): 'situatie' (situation and options)
 * → 'stemmen' (enter hands raised) → 'feedback' (spread and feedback; pick the option to
 * follow) → the next node. A situation node only has 'situatie'; an ending is 'einde'.
 * Invariant: while a decision node is current, the last decision is its open decision;
 * every earlier decision matches, in order, one choice of `play.path` at a decision node.
 */
import { availableChoices, currentNode, initialState, step } from '../scenario';
import type { Feedback, LoadedScenario, PlayState, ScenarioNode } from '../scenario';
import { ScenarioError } from '../scenario';
import { MAX_NOTE_LENGTH, SESSION_VERSION, type BlockReason, type SessionDecision, type SessionState } from './model';
import { cleanCount, tally, type VoteTally } from './votes';

/** True for nodes where the group decides (choice and afweging). */
export function isDecisionNode(node: ScenarioNode): boolean {
  return node.type === 'choice' || node.type === 'afweging';
}

function openDecision(s: LoadedScenario, play: PlayState): SessionDecision {
  const votes = Object.fromEntries(availableChoices(s, play).map((c) => [c.id, 0]));
  return { nodeId: play.nodeId, votes, chosen: null, overridden: false, note: '' };
}

/** The session after arriving at the node of `play`: a new open decision at a decision node. */
function arrive(s: LoadedScenario, session: SessionState, play: PlayState, decisions: SessionDecision[]): SessionState {
  if (play.finished) return { ...session, play, decisions, phase: 'einde' };
  const node = currentNode(s, play);
  const next = isDecisionNode(node) ? [...decisions, openDecision(s, play)] : decisions;
  return { ...session, play, decisions: next, phase: 'situatie' };
}

/** A new session at the start of the case. */
export function startSession(s: LoadedScenario, now: Date): SessionState {
  const play = initialState(s);
  const empty: SessionState = {
    version: SESSION_VERSION,
    scenarioId: s.id,
    scenarioVersion: s.version,
    play,
    decisions: [],
    phase: 'situatie',
    startedAt: now.toISOString(),
  };
  return arrive(s, empty, play, []);
}

/** The open decision at the current node, or null at a situation or an ending. */
export function currentDecision(s: LoadedScenario, session: SessionState): SessionDecision | null {
  if (session.phase === 'einde' || !isDecisionNode(currentNode(s, session.play))) return null;
  return session.decisions.at(-1) ?? null;
}

function replaceOpen(session: SessionState, change: (d: SessionDecision) => SessionDecision): SessionState {
  const last = session.decisions.at(-1);
  if (!last) return session;
  return { ...session, decisions: [...session.decisions.slice(0, -1), change(last)] };
}

/** The tally of the open decision over the options shown now; null when there is no open decision. */
export function currentTally(s: LoadedScenario, session: SessionState): VoteTally | null {
  const decision = currentDecision(s, session);
  if (!decision) return null;
  return tally(availableChoices(s, session.play).map((c) => c.id), decision.votes);
}

/** Feedback on every option shown now, as the case engine gives it; used to reveal them all at once. */
export function revealAll(s: LoadedScenario, session: SessionState): Feedback[] {
  if (!currentDecision(s, session)) return [];
  return availableChoices(s, session.play).map((c) => step(s, session.play, c.id).feedback);
}

/** Sets the hands raised for one option of the open decision (cleaned to a whole number 0-999). */
export function setVotes(s: LoadedScenario, session: SessionState, optionId: string, count: unknown): SessionState {
  if (session.phase !== 'stemmen' || !currentDecision(s, session)) throw new ScenarioError('votes can only be entered while voting');
  if (!availableChoices(s, session.play).some((c) => c.id === optionId)) throw new ScenarioError(`no option "${optionId}" is shown now`);
  return replaceOpen(session, (d) => ({ ...d, votes: { ...d.votes, [optionId]: cleanCount(count) } }));
}

/** Picks the option the group follows after the reveal; another than the majority counts as an override. */
export function chooseOption(s: LoadedScenario, session: SessionState, optionId: string): SessionState {
  const result = currentTally(s, session);
  if (session.phase !== 'feedback' || !result) throw new ScenarioError('an option can only be chosen after the reveal');
  if (!result.rows.some((r) => r.optionId === optionId)) throw new ScenarioError(`no option "${optionId}" is shown now`);
  return replaceOpen(session, (d) => ({ ...d, chosen: optionId, overridden: result.majority !== null && optionId !== result.majority }));
}

/** Sets the note of decision `index` (any decision, also an earlier one), cut to MAX_NOTE_LENGTH. */
export function setNote(session: SessionState, index: number, note: string): SessionState {
  if (!session.decisions[index]) return session;
  const decisions = session.decisions.map((d, i) => (i === index ? { ...d, note: note.slice(0, MAX_NOTE_LENGTH) } : d));
  return { ...session, decisions };
}

/** Why the session cannot go forward now, or null when it can. */
export function blockedBy(s: LoadedScenario, session: SessionState): BlockReason | null {
  if (session.phase === 'einde') return 'einde';
  if (session.phase === 'feedback' && currentDecision(s, session)?.chosen == null) return 'kies-eerst';
  return null;
}

function reveal(s: LoadedScenario, session: SessionState, now: Date): SessionState {
  const result = currentTally(s, session);
  return {
    ...replaceOpen(session, (d) => {
      // Keep an earlier override when the trainer went back; otherwise follow the (new) majority.
      const chosen = d.overridden && d.chosen !== null ? d.chosen : (result?.majority ?? null);
      return { ...d, chosen, overridden: chosen !== null && result?.majority != null && chosen !== result.majority, revealedAt: now.toISOString() };
    }),
    phase: 'feedback',
  };
}

/**
 * One step forward: situatie → stemmen → feedback → next node (taking the chosen option
 * with the case engine's step). Throws ScenarioError when blockedBy() says it cannot.
 */
export function advance(s: LoadedScenario, session: SessionState, now: Date): SessionState {
  const blocked = blockedBy(s, session);
  if (blocked) throw new ScenarioError(`the session cannot go on: ${blocked}`);
  const decision = currentDecision(s, session);
  if (!decision) return arrive(s, session, step(s, session.play, 'verder').state, session.decisions);
  if (session.phase === 'situatie') return { ...session, phase: 'stemmen' };
  if (session.phase === 'stemmen') return reveal(s, session, now);
  return arrive(s, session, step(s, session.play, decision.chosen ?? '').state, session.decisions);
}

/** True when going back is safe: only within the phases of the current decision, never undoing a choice. */
export function canGoBack(session: SessionState): boolean {
  return session.phase === 'stemmen' || session.phase === 'feedback';
}

/** One phase back within the current decision (feedback → stemmen → situatie); otherwise unchanged. */
export function goBack(session: SessionState): SessionState {
  if (session.phase === 'feedback') return { ...session, phase: 'stemmen' };
  if (session.phase === 'stemmen') return { ...session, phase: 'situatie' };
  return session;
}
