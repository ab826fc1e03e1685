/**
 * A walk of the afwegingskader as the tool keeps it: the moment and the answers that
 * count. Keeping only the used answers (a changed earlier answer drops the ones that
 * no longer apply) and stepping back ("Vorige vraag") live here, so the component only
 * renders and calls. The URL form of a walk is in url.ts. Pure: no DOM, no Astro, no Svelte.
 */
import { type AfwegingAnswers, type AfwegingMoment, contextOf, decide } from './decide';
import type { AfwegingWalk } from './url';

/** The answers the framework uses at this moment; none before a moment is chosen. */
export function keepUsed(answers: AfwegingAnswers, moment: AfwegingMoment | null): AfwegingAnswers {
  const kept: AfwegingAnswers = {};
  if (moment === null) return kept;
  for (const key of decide(answers, contextOf(moment)).used) {
    const value = answers[key];
    if (value) kept[key] = value;
  }
  return kept;
}

/**
 * One step back ("Vorige vraag"): the walk without its last used answer, or, when no
 * answer is left to take back, the walk before the moment was chosen.
 */
export function withoutLast(walk: AfwegingWalk): AfwegingWalk {
  const answers = keepUsed(walk.answers, walk.moment);
  const last = decide(answers, contextOf(walk.moment ?? undefined)).used.at(-1);
  if (walk.moment === null || last === undefined) return { moment: null, answers: {} };
  delete answers[last];
  return { moment: walk.moment, answers };
}
