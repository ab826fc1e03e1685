/**
 * Where the group is in the case: "Beslissing 3 van ongeveer 10" and the expected time left.
 * A branching case has no fixed number of decisions: the count ahead follows the expert's
 * choices from where the group is now, so it is an estimate and says so ("ongeveer").
 * The time per decision is the group's own pace so far, or MINUTES_PER_DECISION at the start.
 */
import type { LoadedScenario, PlayState } from '../scenario';
import { currentNode, expertChoice, step } from '../scenario';
import type { SessionState } from '../session';
import { isDecisionNode } from '../session';

/** Minutes a group needs per decision before its own pace is known (Noor: ten decisions, an hour). */
export const MINUTES_PER_DECISION = 6;

/** Decision nodes ahead of `from` (not counting the current node), following the expert's choices. */
export function decisionsAhead(s: LoadedScenario, from: PlayState): number {
  let st = from;
  let ahead = 0;
  const seen = new Set<string>();
  for (let i = 0; i < 500 && !st.finished; i++) {
    const key = `${st.nodeId}\u0000${JSON.stringify(st.vars)}`;
    if (seen.has(key)) break;
    seen.add(key);
    const choice = expertChoice(s, st);
    if (choice === undefined) break;
    try {
      st = step(s, st, choice).state;
    } catch {
      break;
    }
    if (!st.finished && isDecisionNode(currentNode(s, st))) ahead += 1;
  }
  return ahead;
}

export interface SessionPosition {
  /** The number of the open decision (1-based), or of the last one passed at a situation. */
  number: number;
  /** The expected number of decisions in all. */
  total: number;
  /** Whole minutes expected to be left, at least 1 while the case is not over. */
  minutesLeft: number;
}

/** The position of the session; `now` is the injected clock. */
export function sessionPosition(s: LoadedScenario, session: SessionState, now: Date): SessionPosition {
  const onDecision = session.phase !== 'einde' && isDecisionNode(currentNode(s, session.play));
  const number = session.decisions.length;
  const ahead = session.phase === 'einde' ? 0 : decisionsAhead(s, session.play);
  const total = number + ahead;
  const done = onDecision ? number - 1 : number;
  const elapsed = (now.getTime() - Date.parse(session.startedAt)) / 60_000;
  const pace = done >= 1 && Number.isFinite(elapsed) && elapsed > 0 ? elapsed / done : MINUTES_PER_DECISION;
  const remaining = (onDecision ? 1 : 0) + ahead;
  const minutesLeft = session.phase === 'einde' ? 0 : Math.max(1, Math.round(remaining * Math.min(pace, 30)));
  return { number, total, minutesLeft };
}

/** "Beslissing 3 van ongeveer 10", or "van 10" when the total cannot change any more. */
export function positionLabel(p: SessionPosition): string {
  return `Beslissing ${p.number} van ${p.total === p.number ? '' : 'ongeveer '}${p.total}`;
}

/** "nog ongeveer 40 minuten". */
export function timeLeftLabel(p: SessionPosition): string {
  return p.minutesLeft === 1 ? 'nog ongeveer 1 minuut' : `nog ongeveer ${p.minutesLeft} minuten`;
}
