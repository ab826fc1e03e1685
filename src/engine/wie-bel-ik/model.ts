/**
 * The model of "Wie bel ik?": the ids of the questions and ends, the work settings, and the
 * shapes of a question, an end and a walk. The graph (graph.ts) and the ends (ends.ts) are data
 * of these types; walk.ts walks them.
 */
import type { PartyId } from '../../schemas/region';
import { SETTINGS } from '../../schemas/settings';

/** The questions, in the order the handelingswijzer asks them. */
export const QUESTION_IDS = [
  'kind-vertelde',
  'direct-ingrijpen',
  'jeugdbeschermer',
  'sociaal-team',
  'ongeboren',
  'ouders-willen-hulp',
  'licht',
  'ingewikkeld',
] as const;

/** Id of a question. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The ends: whom you contact. */
export const END_IDS = [
  'kind-vertelde',
  'bel-112',
  'veilig-thuis-nu',
  'jeugdbeschermer',
  'casemanager-jeugd',
  'ggd-jgz',
  'sociaal-team',
  'lichte-ondersteuning',
  'overleg-veilig-thuis',
  'advies-vragen',
] as const;

/** Id of an end. */
export type EndId = (typeof END_IDS)[number];

/** The first question. */
export const START: QuestionId = 'kind-vertelde';

/** The work settings the learner can choose: the settings of the cases, then two more. */
export const WIE_BEL_IK_SETTINGS = [...SETTINGS, 'huisarts', 'anders'] as const;

/** A work setting of "Wie bel ik?". */
export type WieBelIkSetting = (typeof WIE_BEL_IK_SETTINGS)[number];

/** Dutch label of each setting, for the choice above the questions. */
export const WIE_BEL_IK_SETTING_LABELS: Record<WieBelIkSetting, string> = {
  basisschool: 'Basisschool',
  'voortgezet-onderwijs': 'Voortgezet onderwijs',
  kinderopvang: 'Kinderopvang',
  'verloskunde-kraamzorg': 'Verloskunde of kraamzorg',
  'jgz-wijkteam': 'Jeugdgezondheidszorg of wijkteam',
  'jongerenwerk-leerplicht': 'Jongerenwerk of leerplicht',
  mbo: 'Mbo',
  huisarts: 'Huisartsenpraktijk',
  anders: 'Ergens anders',
};

/** Where an option leads: another question or an end. */
export type WieBelIkTarget = { question: QuestionId } | { end: EndId };

/** One answer to a question. */
export interface WieBelIkOption {
  /** Short id, unique within the question; stored in the answers. */
  id: string;
  /** The answer as the learner reads it on the button. */
  label: string;
  next: WieBelIkTarget;
}

/** One question of the graph. */
export interface WieBelIkQuestion {
  id: QuestionId;
  /** The question, as a heading. */
  question: string;
  /** Short explanations under the question. */
  help: readonly string[];
  options: readonly WieBelIkOption[];
  /** The reference section about this question. */
  link: string;
  /** The work settings the question fits; absent = every setting. */
  settings?: readonly WieBelIkSetting[];
  /** The option whose target the walk follows when the question does not fit the setting. */
  whenSkipped?: string;
}

/** A link shown with an end. */
export interface WieBelIkLink {
  href: string;
  label: string;
}

/** Where "Wie bel ik?" ends: whom to contact, why, and what to say. */
export interface WieBelIkEnd {
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
  links: readonly WieBelIkLink[];
  /** What to do right now, before or while you call; `practice` marks sound practice the seeds do not state. */
  doNow?: readonly { text: string; practice: boolean }[];
}

/** The learner's answers: question id → option id. Answers off the current path are ignored. */
export type WieBelIkAnswers = Partial<Record<QuestionId, string>>;

/** One answered question on the path. */
export interface PathStep {
  question: WieBelIkQuestion;
  option: WieBelIkOption;
}

/** The result of walking the answers: the next question to ask, or an end. */
export type WieBelIkResult =
  | { kind: 'question'; question: WieBelIkQuestion; path: PathStep[] }
  | { kind: 'end'; end: WieBelIkEnd; path: PathStep[] };

/** The work setting the learner chose, or null: then every question is asked. */
export type SettingChoice = WieBelIkSetting | null;
