/**
 * "Wie bel ik?": the handelingswijzer's "Wanneer leg je met welke partij
 * contact?" as a question graph. The graph is data (graph.ts for the
 * questions, ends.ts for the ends, model.ts for the types); this module walks it. Pure: no DOM, no Astro, no Svelte.
 */
import type { MeldcodeStep } from '../shared';
import { ENDS } from './ends';
import { QUESTIONS } from './graph';
import { START, type PathStep, type WieBelIkResult, type WieBelIkAnswers, type WieBelIkEnd, type WieBelIkQuestion, type SettingChoice } from './model';

/** True when the question fits the setting (every question fits when no setting is chosen). */
export function fitsSetting(question: WieBelIkQuestion, setting: SettingChoice): boolean {
  return setting === null || question.settings === undefined || question.settings.includes(setting);
}

/**
 * Walks the graph from the start along the answers; stops at the first unanswered (or unknown) answer or at an end.
 * A question that does not fit the setting is not asked: the walk follows its `whenSkipped` option, off the path.
 */
export function walkAnswers(answers: WieBelIkAnswers, setting: SettingChoice = null): WieBelIkResult {
  const path: PathStep[] = [];
  let question = QUESTIONS[START];
  // The graph is acyclic (checked in the unit test), so this ends within QUESTION_IDS.length steps.
  for (;;) {
    if (!fitsSetting(question, setting)) {
      const skip = question.options.find((o) => o.id === question.whenSkipped);
      if (!skip) throw new Error(`wie-bel-ik: question "${question.id}" has settings but no whenSkipped option`);
      if ('end' in skip.next) return { kind: 'end', end: ENDS[skip.next.end], path };
      question = QUESTIONS[skip.next.question];
      continue;
    }
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (!option) return { kind: 'question', question, path };
    path.push({ question, option });
    if ('end' in option.next) return { kind: 'end', end: ENDS[option.next.end], path };
    question = QUESTIONS[option.next.question];
  }
}

/** Keeps only the answers on the current path, so a changed earlier answer drops answers that no longer apply. */
export function keepOnPath(answers: WieBelIkAnswers, setting: SettingChoice = null): WieBelIkAnswers {
  const kept: WieBelIkAnswers = {};
  for (const step of walkAnswers(answers, setting).path) kept[step.question.id] = step.option.id;
  return kept;
}

/** The answers with the last answered question on the path removed ("Vorige vraag"). */
export function withoutLast(answers: WieBelIkAnswers, setting: SettingChoice = null): WieBelIkAnswers {
  const kept = keepOnPath(answers, setting);
  const last = walkAnswers(kept, setting).path.at(-1);
  if (last) delete kept[last.question.id];
  return kept;
}

/** What each Meldcode step sounds like when you tell the other party where you are. */
export const MELDCODE_POSITION: Record<MeldcodeStep, string> = {
  1: 'Ik ben bij stap 1 van de Meldcode: ik heb signalen gezien en die vastgelegd. Ik heb nog niet met een collega overlegd.',
  2: 'Ik ben bij stap 2 van de Meldcode: ik heb mijn zorgen vastgelegd en besproken met een collega of de aandachtsfunctionaris.',
  3: 'Ik ben bij stap 3 van de Meldcode: ik heb met het kind en de ouders over mijn zorgen gesproken.',
  4: 'Ik ben bij stap 4 van de Meldcode: ik heb het geweld gewogen met het afwegingskader.',
  5: 'Ik ben bij stap 5 van de Meldcode: ik beslis of ik meld en of ik (ook) hulp kan bieden of organiseren.',
};

/** The line to use when the caller has not chosen a step yet. */
export const MELDCODE_POSITION_GENERIC = 'Zeg bij welke stap van de Meldcode je bent, en wat je al hebt gedaan.';

/** What to say at an end, with the Meldcode line for the chosen step (or the generic line) as the last point. */
export function whatToSayAt(end: WieBelIkEnd, step: MeldcodeStep | null): string[] {
  if (!end.namesMeldcodeStep) return [...end.whatToSay];
  return [...end.whatToSay, step ? `Zeg: "${MELDCODE_POSITION[step]}"` : MELDCODE_POSITION_GENERIC];
}
