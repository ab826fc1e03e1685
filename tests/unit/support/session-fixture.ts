/** The small fixture case for the session tests, and a helper that plays a session by votes. */
import { readFileSync } from 'node:fs';
import { parseScenarioFile } from '~/engine/scenario/load';
import type { LoadedScenario } from '~/engine/scenario/model';
import { advance, setVotes, startSession, type SessionState } from '~/engine/session';
import { RULES } from './rules';

/** tests/fixtures/scenarios/kleine-casus.yaml: every node type, a loop, a showIf and a critical option. */
export function kleineCasus(): LoadedScenario {
  const file = 'tests/fixtures/scenarios/kleine-casus.yaml';
  return parseScenarioFile(readFileSync(file, 'utf8'), file, RULES);
}

/** A fixed clock: 31 January 2025, 10:00 local time, plus `minutes`. */
export function at(minutes = 0): Date {
  return new Date(2025, 0, 31, 10, minutes);
}

/** Passes situations and, at each decision, gives `votes[optionId]` and follows the majority. */
export function playByVotes(s: LoadedScenario, rounds: Record<string, number>[], session = startSession(s, at())): SessionState {
  let st = session;
  for (const votes of rounds) {
    while (st.phase === 'situatie' && s.nodes.find((n) => n.id === st.play.nodeId)?.type === 'situation') st = advance(s, st, at(1));
    st = advance(s, st, at(2)); // situatie → stemmen
    for (const [id, n] of Object.entries(votes)) st = setVotes(s, st, id, n);
    st = advance(s, st, at(3)); // stemmen → feedback (reveal)
    st = advance(s, st, at(4)); // follow the chosen option
  }
  return st;
}
