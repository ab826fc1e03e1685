/**
 * Scoring of the vastleggen exercises: the learner sorts each statement into
 * fact, hypothesis, information from someone else, or "does not belong in the
 * file". The rules are those of the school route (seed 003): describe signals
 * factually, label hypotheses, name the source of third-party information, and
 * record diagnoses only when a qualified professional made them. Pure.
 */
import type { RecordingExercise } from '../../schemas/exercise';
import { RECORDING_CATEGORIES, type RecordingCategory } from '../../schemas/recording-categories';
import { tally } from '../shared';

/** The words of one category, each used in its own place. */
export interface CategoryText {
  /** How the choice reads in the exercise. */
  label: string;
  /** The short name, for "you chose …, it is …". */
  name: string;
  /** The recording rule behind the category, shown with the feedback. */
  rule: string;
  /** The reference section to read. */
  link: string;
}

/** The words of each category, together, so each can be checked against the school route (seed 003) in one go. */
export const CATEGORY_TEXT: Record<RecordingCategory, CategoryText> = {
  feit: {
    label: 'Feit',
    name: 'feit',
    rule: 'Regel: beschrijf wat je zelf zag, hoorde of rook, zo feitelijk mogelijk. Schrijf erbij: datum, plaats, situatie en wie er nog meer bij waren. Wat een kind of ouder zei, schrijf je letterlijk op, tussen aanhalingstekens.',
    link: '/vastleggen/#signalen-feitelijk-beschrijven',
  },
  hypothese: {
    label: 'Hypothese: mag erin, met het woord "hypothese" erbij',
    name: 'hypothese',
    rule: 'Regel: een veronderstelling mag in het dossier, maar zet er duidelijk bij dat het een hypothese is. Blijkt later of die klopt of niet? Maak dan een vervolgaantekening.',
    link: '/vastleggen/#feiten-en-hypothesen',
  },
  derden: {
    label: 'Informatie van een ander: mag erin, met de bron erbij',
    name: 'informatie van een ander',
    rule: 'Regel: schrijf je iets op wat je van een ander hoorde? Noem dan de bron: wie het zei en wanneer.',
    link: '/vastleggen/#noem-je-bron',
  },
  'hoort-niet': {
    label: 'Hoort niet in het dossier',
    name: 'hoort niet in het dossier',
    rule: 'Regel: oordelen, roddels, diagnoses die je niet zelf mag stellen en informatie over anderen die je niet nodig hebt, horen niet in het dossier.',
    link: '/vastleggen/#wat-hoort-niet-in-het-dossier',
  },
};

/** The learner's choices: statement id → category. */
export type RecordingAnswers = Partial<Record<string, RecordingCategory>>;

/** The outcome for one statement. */
export interface StatementResult {
  id: string;
  /** What the learner chose; null when the statement was left open. */
  chosen: RecordingCategory | null;
  /** The right category. */
  answer: RecordingCategory;
  correct: boolean;
  /** "Goed." or what was chosen and what is right. */
  verdict: string;
  /** Why, from the exercise file. */
  feedback: string;
  /** The general rule for the right category. */
  rule: string;
  /** Where to read more. */
  link: string;
}

/** The outcome of one check. */
export interface RecordingResult {
  statements: StatementResult[];
  correct: number;
  total: number;
  /** Whole percentage, rounded down. */
  percent: number;
  /** How many statements were left open. */
  unanswered: number;
}

/** True when `value` is one of the four categories (e.g. a value read from a form). */
export function isCategory(value: unknown): value is RecordingCategory {
  return typeof value === 'string' && (RECORDING_CATEGORIES as readonly string[]).includes(value);
}

/** The verdict line for one statement. */
function verdict(chosen: RecordingCategory | null, answer: RecordingCategory): string {
  if (chosen === answer) return `Goed: ${CATEGORY_TEXT[answer].name}.`;
  if (chosen === null) return `Je koos niets. Het juiste antwoord is: ${CATEGORY_TEXT[answer].name}.`;
  return `Niet goed. Jij koos: ${CATEGORY_TEXT[chosen].name}. Het juiste antwoord is: ${CATEGORY_TEXT[answer].name}.`;
}

/** Scores the learner's choices; an open statement counts as wrong. */
export function scoreRecording(exercise: Pick<RecordingExercise, 'statements'>, answers: RecordingAnswers): RecordingResult {
  const statements = exercise.statements.map((s): StatementResult => {
    const given = answers[s.id];
    const chosen = isCategory(given) ? given : null;
    return {
      id: s.id,
      chosen,
      answer: s.answer,
      correct: chosen === s.answer,
      verdict: verdict(chosen, s.answer),
      feedback: s.feedback,
      rule: CATEGORY_TEXT[s.answer].rule,
      link: CATEGORY_TEXT[s.answer].link,
    };
  });
  const { count: correct, total, percent } = tally(statements, (s) => s.correct, 0);
  return {
    statements,
    correct,
    total,
    percent,
    unanswered: statements.filter((s) => s.chosen === null).length,
  };
}

/** How one choice is marked after "Controleer": the right answer, the learner's pick, both, or neither. */
export type ChoiceMark = 'right-picked' | 'right' | 'picked-wrong' | null;

/** The mark of `category` in the checked statement `result`. */
export function choiceMark(result: Pick<StatementResult, 'chosen' | 'answer'>, category: RecordingCategory): ChoiceMark {
  if (category === result.answer) return category === result.chosen ? 'right-picked' : 'right';
  return category === result.chosen ? 'picked-wrong' : null;
}

/** The words after a marked choice, as in the privacy test. */
export const CHOICE_MARK_LABELS: Record<Exclude<ChoiceMark, null>, string> = {
  'right-picked': '(goed antwoord, jouw keuze)',
  right: '(goed antwoord)',
  'picked-wrong': '(jouw keuze, niet goed)',
};

/** One encouraging sentence for the score, so the number is not all the learner sees. */
export function scoreSummary(result: RecordingResult): string {
  const base = `Je hebt ${result.correct} van de ${result.total} uitspraken goed ingedeeld (${result.percent}%).`;
  if (result.correct === result.total) return `${base} Alles goed!`;
  const open = result.unanswered > 0 ? ` ${result.unanswered === 1 ? 'Eén uitspraak' : `${result.unanswered} uitspraken`} liet je open.` : '';
  return `${base}${open} Lees de uitleg bij de uitspraken die niet goed waren, en probeer het daarna opnieuw.`;
}
