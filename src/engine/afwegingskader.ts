/**
 * The afwegingskader of the Meldcode (mandatory since 1 January 2019) as a pure
 * function: given the answers so far, what does the framework decide, and which
 * question comes next? Follows the decision table of the schoolroute (seed 003)
 * and the definitions of seed 002; see content/reference/afwegingskader.mdx.
 */

export type Answer = 'ja' | 'nee';

export interface AfwegingAnswers {
  vermoeden?: Answer; // 1. suspicion of domestic violence or child abuse?
  acuutOfStructureel?: Answer; // 2. acute or structural unsafety?
  hulpMogelijk?: Answer; // 3. am I able to offer or organise effective help?
  hulpAanvaard?: Answer; // 4. do those involved accept and cooperate with the help?
  duurzaamVeilig?: Answer; // 5. does the help lead to lasting safety within the expected term?
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
  | 'hulp-niet-duurzaam' // q5 nee: (again) report
  | 'hulp-duurzaam'; // q5 ja: continue help with agreements on monitoring safety

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
}

/** The five questions in the order the framework asks them. */
export const QUESTION_ORDER: readonly QuestionKey[] = [
  'vermoeden',
  'acuutOfStructureel',
  'hulpMogelijk',
  'hulpAanvaard',
  'duurzaamVeilig',
];

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
  return { outcome, reason, nextQuestion, used, withVeiligThuis, hulpOok };
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
  return a.duurzaamVeilig === 'ja' ? melden(null, true) : melden(null, false, 'hulp-niet-duurzaam');
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
    : decision('melden', 'hulp-niet-duurzaam', null, used, false, false);
}

/** Applies the afwegingskader to the answers given so far. Answers after a closing answer are ignored. */
export function decide(answers: AfwegingAnswers): Decision {
  assertAnswers(answers);
  if (answers.vermoeden === undefined) return decision('onbeslist', 'wacht-op-antwoord', 'vermoeden', [], false, false);
  if (answers.vermoeden === 'nee') return decision('afsluiten', 'geen-vermoeden', null, ['vermoeden'], false, false);
  if (answers.acuutOfStructureel === undefined) {
    return decision('onbeslist', 'wacht-op-antwoord', 'acuutOfStructureel', ['vermoeden'], false, false);
  }
  return answers.acuutOfStructureel === 'ja' ? decideWithVeiligThuis(answers) : decideHelp(answers);
}

/** True when the key names one of the five questions. */
export function isQuestionKey(key: string): key is QuestionKey {
  return (QUESTION_ORDER as readonly string[]).includes(key);
}
