/**
 * "Wie bel ik?": the handelingswijzer's "Wanneer leg je met welke partij
 * contact?" as a question graph. The graph is data (router-graph.ts for the
 * questions, router-ends.ts for the ends); this module walks it. Pure: no DOM, no Astro, no Svelte.
 */
import type { PartyId } from '../schemas/region';
import { ENDS } from './router-ends';
import { END_IDS, QUESTIONS, START, type EndId, type QuestionId, type RouterSetting } from './router-graph';

export {
  END_IDS,
  QUESTION_IDS,
  ROUTER_SETTINGS,
  ROUTER_SETTING_LABELS,
  type EndId,
  type QuestionId,
  type RouterSetting,
} from './router-graph';

/** Where an option leads: another question or an end. */
export type RouterTarget = { question: QuestionId } | { end: EndId };

/** One answer to a question. */
export interface RouterOption {
  /** Short id, unique within the question; stored in the answers. */
  id: string;
  /** The answer as the learner reads it on the button. */
  label: string;
  next: RouterTarget;
}

/** One question of the graph. */
export interface RouterQuestion {
  id: QuestionId;
  /** The question, as a heading. */
  question: string;
  /** Short explanations under the question. */
  help: readonly string[];
  options: readonly RouterOption[];
  /** The reference section about this question. */
  link: string;
  /** The work settings the question fits; absent = every setting. */
  settings?: readonly RouterSetting[];
  /** The option whose target the walk follows when the question does not fit the setting. */
  whenSkipped?: string;
}

/** A link shown with an end. */
export interface RouterLink {
  href: string;
  label: string;
}

/** Where the router ends: whom to contact, why, and what to say. */
export interface RouterEnd {
  id: EndId;
  /** The party to contact; regional contacts are looked up by this id. */
  party: PartyId;
  /** Further parties whose contacts are shown too (e.g. Veilig Thuis for the reporting norm). */
  alsoShow: readonly PartyId[];
  /** The advice as a heading, e.g. "Bel 112". */
  title: string;
  /** Why this party: the rule from the handelingswijzer. */
  why: readonly string[];
  /** What to say or ask when you call. The Meldcode line is added by `whatToSayAt`. */
  whatToSay: readonly string[];
  /** True when the caller should say where they are in the Meldcode (not in an emergency call). */
  namesMeldcodeStep: boolean;
  /** The reminder on reporting to Veilig Thuis that fits this end. */
  meldcodeReminder: string;
  /** Reference sections to read on. */
  links: readonly RouterLink[];
  /** What to do right now, before or while you call; `practice` marks sound practice the seeds do not state. */
  doNow?: readonly { text: string; practice: boolean }[];
}

/** The learner's answers: question id → option id. Answers off the current path are ignored. */
export type RouterAnswers = Partial<Record<QuestionId, string>>;

/** One answered question on the path. */
export interface PathStep {
  question: RouterQuestion;
  option: RouterOption;
}

/** The result of walking the answers: the next question to ask, or an end. */
export type RouteResult =
  | { kind: 'question'; question: RouterQuestion; path: PathStep[] }
  | { kind: 'end'; end: RouterEnd; path: PathStep[] };

/** The work setting the learner chose, or null: then every question is asked. */
export type SettingChoice = RouterSetting | null;

/** True when the question fits the setting (every question fits when no setting is chosen). */
export function fitsSetting(question: RouterQuestion, setting: SettingChoice): boolean {
  return setting === null || question.settings === undefined || question.settings.includes(setting);
}

/**
 * Walks the graph from the start along the answers; stops at the first unanswered (or unknown) answer or at an end.
 * A question that does not fit the setting is not asked: the walk follows its `whenSkipped` option, off the path.
 */
export function route(answers: RouterAnswers, setting: SettingChoice = null): RouteResult {
  const path: PathStep[] = [];
  let question = QUESTIONS[START];
  // The graph is acyclic (checked in the unit test), so this ends within QUESTION_IDS.length steps.
  for (;;) {
    if (!fitsSetting(question, setting)) {
      const skip = question.options.find((o) => o.id === question.whenSkipped);
      if (!skip) throw new Error(`router: question "${question.id}" has settings but no whenSkipped option`);
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
export function keepOnPath(answers: RouterAnswers, setting: SettingChoice = null): RouterAnswers {
  const kept: RouterAnswers = {};
  for (const step of route(answers, setting).path) kept[step.question.id] = step.option.id;
  return kept;
}

/** The answers with the last answered question on the path removed ("Vorige vraag"). */
export function withoutLast(answers: RouterAnswers, setting: SettingChoice = null): RouterAnswers {
  const kept = keepOnPath(answers, setting);
  const last = route(kept, setting).path.at(-1);
  if (last) delete kept[last.question.id];
  return kept;
}

/** What each Meldcode step sounds like when you tell the other party where you are. */
export const MELDCODE_POSITION: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Ik ben bij stap 1 van de Meldcode: ik heb signalen gezien en die vastgelegd. Ik heb nog niet met een collega overlegd.',
  2: 'Ik ben bij stap 2 van de Meldcode: ik heb mijn zorgen vastgelegd en besproken met een collega of de aandachtsfunctionaris.',
  3: 'Ik ben bij stap 3 van de Meldcode: ik heb met het kind en de ouders over mijn zorgen gesproken.',
  4: 'Ik ben bij stap 4 van de Meldcode: ik heb het geweld gewogen met het afwegingskader.',
  5: 'Ik ben bij stap 5 van de Meldcode: ik beslis of ik meld en of ik (ook) hulp kan bieden of organiseren.',
};

/** The line to use when the caller has not chosen a step yet. */
export const MELDCODE_POSITION_GENERIC = 'Zeg bij welke stap van de Meldcode je bent, en wat je al hebt gedaan.';

/** A Meldcode step number. */
export type MeldcodeStepNumber = keyof typeof MELDCODE_POSITION;

/** What to say at an end, with the Meldcode line for the chosen step (or the generic line) as the last point. */
export function whatToSayAt(end: RouterEnd, step: MeldcodeStepNumber | null): string[] {
  if (!end.namesMeldcodeStep) return [...end.whatToSay];
  return [...end.whatToSay, step ? `Zeg: "${MELDCODE_POSITION[step]}"` : MELDCODE_POSITION_GENERIC];
}

/** Every target the graph mentions, for the checks in the unit test. */
export function allTargets(): RouterTarget[] {
  return Object.values(QUESTIONS).flatMap((q) => q.options.map((o) => o.next));
}

/** All the ends, in the order of END_IDS. */
export function allEnds(): RouterEnd[] {
  return END_IDS.map((id) => ENDS[id]);
}
