/**
 * The case as plain HTML (CaseHtml.astro) and the way back from it to the engine.
 *
 * Every node of a case is on the page as a section with its own fragment (`#n-<node>`), and the
 * feedback of every option as another (`#n-<node>--<option>`); links between them work before and
 * without JavaScript (CSS `:target` shows one at a time). When the player island hydrates it reads
 * the fragment the learner reached and replays the choices that lead there through the engine, so
 * a click made before hydration is kept and recorded. It only does that when exactly one route of
 * at most MAX_STEPS steps leads to that fragment: it never records a choice the learner did not make.
 */
import { availableChoices, initialState, step } from '~/engine/scenario';
import type { LoadedScenario, PlayState } from '~/engine/scenario';

/** Fragment of a node's section. */
export function nodeFragment(nodeId: string): string {
  return `n-${nodeId}`;
}

/** Fragment of the feedback section of one option of a node. */
export function choiceFragment(nodeId: string, choiceId: string): string {
  return `n-${nodeId}--${choiceId}`;
}

/** Pre-hydration clicks that can be taken over: a few, the time an island takes to hydrate. */
export const MAX_STEPS = 4;

/** The choices that lead from the start to a fragment, and whether it shows the feedback of the last one. */
export interface WalkRoute {
  choices: string[];
  /** True when the fragment is the feedback of the last choice (not yet "Verder"). */
  feedbackShown: boolean;
}

/**
 * The one route from the start of the case to `fragment` (without '#'), or null when no route or
 * more than one route of at most `maxSteps` choices leads there.
 */
export function routeToFragment(s: LoadedScenario, fragment: string, maxSteps = MAX_STEPS): WalkRoute | null {
  const found: WalkRoute[] = [];
  const visit = (st: PlayState, choices: string[]) => {
    if (found.length > 1) return;
    if (nodeFragment(st.nodeId) === fragment) found.push({ choices, feedbackShown: false });
    if (st.finished || choices.length >= maxSteps) return;
    for (const c of availableChoices(s, st)) {
      let next: PlayState;
      try {
        next = step(s, st, c.id).state;
      } catch {
        continue;
      }
      const taken = [...choices, c.id];
      // A situation's "Verder" leads straight to the next node; an option first shows its feedback.
      if (c.id !== 'verder' && choiceFragment(st.nodeId, c.id) === fragment) found.push({ choices: taken, feedbackShown: true });
      visit(next, taken);
    }
  };
  visit(initialState(s), []);
  return found.length === 1 ? (found[0] ?? null) : null;
}
