/**
 * The afwegingskader of the Meldcode (mandatory since 1 January 2019) as a pure
 * function: given the answers so far, what does the framework decide, and which
 * question comes next? Follows the decision table of the schoolroute (seed 003)
 * and the definitions of seed 002; see content/reference/afwegingskader.mdx.
 *
 * The framework is walked at different moments. The first walk (`eerste-weging`, the
 * default) decides whether to report. A later walk while a report to Veilig Thuis already
 * stands (`melding-staat`: Veilig Thuis is involved, or handed the family over) does not
 * report again on vraag 2 "ja": the report stands, Veilig Thuis stays involved and vragen
 * 3-5 are walked together with Veilig Thuis. A new report ("opnieuw melden") is its own
 * decision: when help cannot be offered, is not accepted, or does not bring lasting safety.
 * Seed 004 says that at a handover only the acute unsafety has ended.
 */

import { MOMENT_CONTEXTS, QUESTION_KEYS } from '../../schemas/afwegingskader';

export type Answer = 'ja' | 'nee';

export interface AfwegingAnswers {
  vermoeden?: Answer; // 1. suspicion of domestic violence or child abuse?
  acuutOfStructureel?: Answer; // 2. acute or structural unsafety?
  hulpMogelijk?: Answer; // 3. am I able to offer or organise effective help?
  hulpAanvaard?: Answer; // 4. do those involved accept and cooperate with the help?
  duurzaamVeilig?: Answer; // 5. does the help lead to lasting safety within the expected term?
}

/** The moment of a walk: the first one, or while a report to Veilig Thuis stands (defined in src/schemas/afwegingskader.ts). */
export const AFWEGING_MOMENTS = MOMENT_CONTEXTS;
export type AfwegingMoment = (typeof AFWEGING_MOMENTS)[number];

/** Where the walk is made. Leave out (or meldingStaat false) for the first walk. */
export interface AfwegingContext {
  /** True when a report to Veilig Thuis already stands (Veilig Thuis is involved, or handed the case over). */
  meldingStaat?: boolean;
}

/** The context of a moment as written in a case file (`context: melding-staat`). */
export function contextOf(moment: AfwegingMoment | undefined): AfwegingContext {
  return { meldingStaat: moment === 'melding-staat' };
}

/** One of the five questions, by its key in AfwegingAnswers. */
export type QuestionKey = keyof AfwegingAnswers;

/** Why the framework reached its outcome; the UI and the debrief explain each in Dutch. */
export type DecisionReason =
  | 'wacht-op-antwoord' // not decided yet
  | 'geen-vermoeden' // q1 nee: close and record
  | 'acuut-of-structureel' // q2 ja: reporting is the professional norm
  | 'geen-passende-hulp' // q3 nee: I cannot offer or organise effective help
  | 'hulp-niet-aanvaard' // q4 nee: help is refused or not cooperated with
  | 'hulp-gestart' // q4 ja, q5 open: offer help and evaluate later
  | 'hulp-niet-duurzaam' // q5 nee: (again) report, and the help goes on together with Veilig Thuis
  | 'hulp-duurzaam' // q5 ja: continue help with agreements on monitoring safety
  | 'melding-blijft-staan' // report stands, q2 ja: Veilig Thuis stays involved, walk 3-5 together (no new report)
  | 'samen-verder-met-veilig-thuis' // report stands: help goes on together with Veilig Thuis (q4 ja, q5 open or ja)
  | 'opnieuw-melden-geen-passende-hulp' // report stands, q3 nee: report again, Veilig Thuis takes the lead
  | 'opnieuw-melden-hulp-niet-aanvaard'; // report stands, q4 nee: report again, Veilig Thuis takes the lead

export interface Decision {
  outcome: 'onbeslist' | 'afsluiten' | 'melden' | 'hulp';
  withVeiligThuis: boolean; // true when questions 3-5 are walked together with Veilig Thuis
  nextQuestion: keyof AfwegingAnswers | null; // the first question that still needs an answer
  /** The rule that produced the outcome. */
  reason: DecisionReason;
  /** True when help is (also) offered or organised: alongside a report after q2, or as the outcome itself. */
  hulpOok: boolean;
  /** The questions whose answers were used; answers after a closing answer are not in here. */
  used: QuestionKey[];
  /** True when the walk was made while a report to Veilig Thuis already stands (the context). */
  meldingStaat: boolean;
  /** True when the outcome is a new report on top of the one that stands ("opnieuw melden"). */
  opnieuwMelden: boolean;
}

/** The five questions in the order the framework asks them (defined once, in src/schemas/afwegingskader.ts). */
export const QUESTION_ORDER: readonly QuestionKey[] = QUESTION_KEYS;

// The keys of AfwegingAnswers and the schema's list are the same five: a sixth on either side fails to compile.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
// Exported only so it counts as used (engine modules hold declarations only: tests/unit/architecture.test.ts).
export const QUESTION_KEYS_MATCH: SameKeys<QuestionKey, (typeof QUESTION_KEYS)[number]> = true;

/** Throws a TypeError naming the field when an answer is neither 'ja' nor 'nee'. */
export function assertAnswers(answers: AfwegingAnswers): void {
  for (const key of QUESTION_ORDER) {
    const value: unknown = answers[key];
    if (value !== undefined && value !== 'ja' && value !== 'nee') {
      throw new TypeError(`afwegingskader: answer for "${key}" must be 'ja' or 'nee', got ${JSON.stringify(value)}`);
    }
  }
}

function decision(
  outcome: Decision['outcome'],
  reason: DecisionReason,
  nextQuestion: QuestionKey | null,
  used: QuestionKey[],
  withVeiligThuis: boolean,
  hulpOok: boolean,
): Decision {
  return { outcome, reason, nextQuestion, used, withVeiligThuis, hulpOok, meldingStaat: false, opnieuwMelden: false };
}

/**
 * Questions 3-5 after a "ja" on question 2: reporting is already necessary, and the
 * walk together with Veilig Thuis decides whether help can also be offered.
 */
function decideWithVeiligThuis(a: AfwegingAnswers): Decision {
  const used: QuestionKey[] = ['vermoeden', 'acuutOfStructureel'];
  const melden = (next: QuestionKey | null, hulpOok: boolean, reason: DecisionReason = 'acuut-of-structureel') =>
    decision('melden', reason, next, [...used], true, hulpOok);
  if (a.hulpMogelijk === undefined) return melden('hulpMogelijk', false);
  used.push('hulpMogelijk');
  if (a.hulpMogelijk === 'nee') return melden(null, false);
  if (a.hulpAanvaard === undefined) return melden('hulpAanvaard', false);
  used.push('hulpAanvaard');
  if (a.hulpAanvaard === 'nee') return melden(null, false);
  if (a.duurzaamVeilig === undefined) return melden('duurzaamVeilig', true);
  used.push('duurzaamVeilig');
  // Vraag 5 "nee": report again, and the help does not stop (seed 003: a report is not an end point).
  return a.duurzaamVeilig === 'ja' ? melden(null, true) : melden(null, true, 'hulp-niet-duurzaam');
}

/** Questions 3-5 when there is no acute or structural unsafety: the professional decides on help. */
function decideHelp(a: AfwegingAnswers): Decision {
  const used: QuestionKey[] = ['vermoeden', 'acuutOfStructureel'];
  if (a.hulpMogelijk === undefined) return decision('onbeslist', 'wacht-op-antwoord', 'hulpMogelijk', used, false, false);
  used.push('hulpMogelijk');
  if (a.hulpMogelijk === 'nee') return decision('melden', 'geen-passende-hulp', null, used, false, false);
  if (a.hulpAanvaard === undefined) return decision('onbeslist', 'wacht-op-antwoord', 'hulpAanvaard', used, false, false);
  used.push('hulpAanvaard');
  if (a.hulpAanvaard === 'nee') return decision('melden', 'hulp-niet-aanvaard', null, used, false, false);
  if (a.duurzaamVeilig === undefined) return decision('hulp', 'hulp-gestart', 'duurzaamVeilig', used, false, true);
  used.push('duurzaamVeilig');
  return a.duurzaamVeilig === 'ja'
    ? decision('hulp', 'hulp-duurzaam', null, used, false, true)
    : decision('melden', 'hulp-niet-duurzaam', null, used, false, true);
}

/**
 * Questions 3-5 while a report stands. Vraag 2 "ja": the report stays, Veilig Thuis stays
 * involved and 3-5 are walked together; vraag 2 "nee": no acute or structural unsafety any
 * more, 3-5 decide whether the help goes on. Either way 3-5 "ja" means help goes on together
 * with Veilig Thuis, and a "nee" on 3, 4 or 5 means reporting again (Veilig Thuis takes the
 * lead again); after vraag 5 "nee" the help goes on as well.
 */
function decideWhileReported(a: AfwegingAnswers): Decision {
  const used: QuestionKey[] = ['vermoeden', 'acuutOfStructureel'];
  const structural = a.acuutOfStructureel === 'ja';
  const make = (outcome: Decision['outcome'], reason: DecisionReason, next: QuestionKey | null, hulpOok: boolean): Decision => ({
    ...decision(outcome, reason, next, [...used], true, hulpOok),
    meldingStaat: true,
    opnieuwMelden: outcome === 'melden',
  });
  const pending = (next: QuestionKey) => make('onbeslist', structural ? 'melding-blijft-staan' : 'wacht-op-antwoord', next, false);
  if (a.hulpMogelijk === undefined) return pending('hulpMogelijk');
  used.push('hulpMogelijk');
  if (a.hulpMogelijk === 'nee') return make('melden', 'opnieuw-melden-geen-passende-hulp', null, false);
  if (a.hulpAanvaard === undefined) return pending('hulpAanvaard');
  used.push('hulpAanvaard');
  if (a.hulpAanvaard === 'nee') return make('melden', 'opnieuw-melden-hulp-niet-aanvaard', null, false);
  if (a.duurzaamVeilig === undefined) return make('hulp', 'samen-verder-met-veilig-thuis', 'duurzaamVeilig', true);
  used.push('duurzaamVeilig');
  return a.duurzaamVeilig === 'ja'
    ? make('hulp', 'samen-verder-met-veilig-thuis', null, true)
    : make('melden', 'hulp-niet-duurzaam', null, true);
}

/**
 * Applies the afwegingskader to the answers given so far. Answers after a closing answer are
 * ignored. Without a context (or `meldingStaat: false`) this is the first walk.
 */
export function decide(answers: AfwegingAnswers, context: AfwegingContext = {}): Decision {
  assertAnswers(answers);
  if (context.meldingStaat === true) return decideReported(answers);
  if (answers.vermoeden === undefined) return decision('onbeslist', 'wacht-op-antwoord', 'vermoeden', [], false, false);
  if (answers.vermoeden === 'nee') return decision('afsluiten', 'geen-vermoeden', null, ['vermoeden'], false, false);
  if (answers.acuutOfStructureel === undefined) {
    return decision('onbeslist', 'wacht-op-antwoord', 'acuutOfStructureel', ['vermoeden'], false, false);
  }
  return answers.acuutOfStructureel === 'ja' ? decideWithVeiligThuis(answers) : decideHelp(answers);
}

function decideReported(answers: AfwegingAnswers): Decision {
  const flag = (d: Decision): Decision => ({ ...d, meldingStaat: true });
  if (answers.vermoeden === undefined) return flag(decision('onbeslist', 'wacht-op-antwoord', 'vermoeden', [], true, false));
  if (answers.vermoeden === 'nee') return flag(decision('afsluiten', 'geen-vermoeden', null, ['vermoeden'], true, false));
  if (answers.acuutOfStructureel === undefined) {
    return flag(decision('onbeslist', 'wacht-op-antwoord', 'acuutOfStructureel', ['vermoeden'], true, false));
  }
  return decideWhileReported(answers);
}

