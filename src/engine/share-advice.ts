/**
 * The step-plan "Kan ik informatie delen?" (seed 001, Augeo Magazine 18) as a
 * pure function: given the answers so far, which question comes next and what
 * is the advice? The six questions are grondslag, doel, informatie,
 * proportionaliteit, subsidiariteit and geheimhoudingsplicht; the Dutch wording
 * lives in share-advice-text.ts, the dossier note in share-advice-note.ts.
 */
import { type ConsentRule, whoConsents } from './privacy';
import { ADVICE_TEXT, considerations } from './share-advice-text';

export interface ShareAnswers {
  situation?: 'overleggen' | 'melden'; // share with another professional, or report to Veilig Thuis?
  age?: number; // the child's age in years; decides whose consent counts (whoConsents)
  consent?: 'ja' | 'nog-niet' | 'geweigerd'; // step 1: consent of the right person(s)?
  grondslag?: 'ots' | 'wettelijke-plicht' | 'gerechtvaardigd-belang' | 'geen'; // step 1: another ground, without consent
  purpose?: 'ja' | 'nee'; // step 2: is the purpose clear and part of my task?
  information?: 'ja' | 'nee'; // step 3: do I share only what is really needed?
  proportionality?: 'ja' | 'nee' | 'twijfel'; // step 4: in proportion to the purpose?
  subsidiarity?: 'anoniem' | 'via-client' | 'nee'; // step 5: can the purpose be reached another way?
  confidentiality?: 'ja' | 'nee' | 'weet-niet'; // step 6: do I have a duty of confidentiality (beroepsgeheim)?
  informClient?: 'vooraf' | 'achteraf'; // when the client hears about it, if I share without consent
  recipient?: string; // free text for the note: with whom
  purposeText?: string; // free text for the note: the purpose in one sentence
  informationText?: string; // free text for the note: what information
}

/** One question of the walk, by its key in ShareAnswers. */
export type StepKey =
  | 'situation'
  | 'age'
  | 'consent'
  | 'grondslag'
  | 'purpose'
  | 'information'
  | 'proportionality'
  | 'subsidiarity'
  | 'confidentiality'
  | 'informClient';

/** The possible advices; 'meldcode' sends the learner to the Meldcode instead of this tool. */
export type Advice = 'delen' | 'delen-na-toestemming' | 'eerst-anoniem-advies' | 'niet-delen' | 'onbeslist' | 'meldcode';

/** Why the advice is what it is; share-advice-text.ts words each one. */
export type AdviceRule =
  | 'wacht-op-antwoord'
  | 'melding'
  | 'geen-grondslag'
  | 'doel-onduidelijk'
  | 'informatie-onduidelijk'
  | 'niet-proportioneel'
  | 'twijfel-proportioneel'
  | 'anoniem-kan'
  | 'via-client'
  | 'toestemming'
  | 'ots'
  | 'wettelijke-plicht'
  | 'geheim-vraag-toestemming'
  | 'geheim-conflict-van-plichten'
  | 'vraag-toestemming'
  | 'gerechtvaardigd-belang';

export interface ShareAdvice {
  advice: Advice;
  /** The rule that produced the advice. */
  rule: AdviceRule;
  /** Dutch reasons: one line per answered step, then why the advice follows. */
  reasons: string[];
  /** Dutch: what to do now; null while undecided. */
  nextStep: string | null;
  /** Whose consent counts for this child (whoConsents), once the age is known. */
  consentFrom: ConsentRule | null;
  /** The first question that still needs an answer; null when the walk is done. */
  nextQuestion: StepKey | null;
  /** True when the client must be told about sharing they did not consent to (beforehand, or as soon as possible after). */
  mustInformClient: boolean;
  /** The questions whose answers were used, in order; answers after an early advice are not in here. */
  used: StepKey[];
}

/** All questions in the order the walk asks them (not every walk asks each one). */
export const STEP_ORDER: readonly StepKey[] = [
  'situation',
  'age',
  'consent',
  'grondslag',
  'purpose',
  'information',
  'proportionality',
  'subsidiarity',
  'confidentiality',
  'informClient',
];

/** True for an age whoConsents accepts; the UI caps it at 120 to catch typos. */
export function isValidAge(age: unknown): age is number {
  return typeof age === 'number' && Number.isFinite(age) && age >= 0 && age <= 120;
}

type Verdict = { advice: Advice; rule: AdviceRule };

/** The early stop that the answer to one of steps 2-5 causes, if any. */
function earlyStop(a: ShareAnswers, key: StepKey): Verdict | null {
  if (key === 'purpose' && a.purpose === 'nee') return { advice: 'niet-delen', rule: 'doel-onduidelijk' };
  if (key === 'information' && a.information === 'nee') return { advice: 'niet-delen', rule: 'informatie-onduidelijk' };
  if (key === 'proportionality' && a.proportionality === 'nee') return { advice: 'niet-delen', rule: 'niet-proportioneel' };
  if (key === 'proportionality' && a.proportionality === 'twijfel') return { advice: 'eerst-anoniem-advies', rule: 'twijfel-proportioneel' };
  if (key === 'subsidiarity' && a.subsidiarity === 'anoniem') return { advice: 'eerst-anoniem-advies', rule: 'anoniem-kan' };
  if (key === 'subsidiarity' && a.subsidiarity === 'via-client') return { advice: 'niet-delen', rule: 'via-client' };
  return null;
}

/**
 * Step 6 and the ground together: with a duty of confidentiality explicit consent
 * is the starting point; an OTS or a legal duty is a ground of its own.
 */
function finalVerdict(a: ShareAnswers): Verdict {
  if (a.consent === 'ja') return { advice: 'delen', rule: 'toestemming' };
  if (a.grondslag === 'ots') return { advice: 'delen', rule: 'ots' };
  if (a.grondslag === 'wettelijke-plicht') return { advice: 'delen', rule: 'wettelijke-plicht' };
  const secret = a.confidentiality !== 'nee'; // 'weet-niet' counts as a duty until checked
  if (a.consent === 'nog-niet') {
    return { advice: 'delen-na-toestemming', rule: secret ? 'geheim-vraag-toestemming' : 'vraag-toestemming' };
  }
  // Consent refused or impossible to ask, with a weighty interest (no interest stopped at step 1).
  if (secret) return { advice: 'eerst-anoniem-advies', rule: 'geheim-conflict-van-plichten' };
  return { advice: 'delen', rule: 'gerechtvaardigd-belang' };
}

/** Walks the questions in order: which are used, which is next, and the verdict so far. */
function walk(a: ShareAnswers): { used: StepKey[]; next: StepKey | null; verdict: Verdict | null } {
  const used: StepKey[] = [];
  const ask = (key: StepKey, answered: boolean) => {
    if (answered) used.push(key);
    return answered;
  };
  const stop = (next: StepKey | null, verdict: Verdict | null = null) => ({ used, next, verdict });

  if (!ask('situation', a.situation !== undefined)) return stop('situation');
  if (a.situation === 'melden') return stop(null, { advice: 'meldcode', rule: 'melding' });
  if (!ask('age', isValidAge(a.age))) return stop('age');
  if (!ask('consent', a.consent !== undefined)) return stop('consent');
  if (a.consent !== 'ja') {
    if (!ask('grondslag', a.grondslag !== undefined)) return stop('grondslag');
    if (a.grondslag === 'geen' && a.consent === 'geweigerd') return stop(null, { advice: 'niet-delen', rule: 'geen-grondslag' });
  }
  const steps: StepKey[] = ['purpose', 'information', 'proportionality', 'subsidiarity'];
  for (const key of steps) {
    if (!ask(key, a[key] !== undefined)) return stop(key);
    const early = earlyStop(a, key);
    if (early) return stop(null, early);
  }
  if (!ask('confidentiality', a.confidentiality !== undefined)) return stop('confidentiality');
  const verdict = finalVerdict(a);
  if (verdict.advice === 'delen' && a.consent !== 'ja') {
    if (!ask('informClient', a.informClient !== undefined)) return stop('informClient', verdict);
  }
  return stop(null, verdict);
}

/** The advice of the step-plan for the answers so far, with reasons and the next step. */
export function adviseSharing(answers: ShareAnswers): ShareAdvice {
  const { used, next, verdict } = walk(answers);
  const advice = verdict?.advice ?? 'onbeslist';
  const rule = verdict?.rule ?? 'wacht-op-antwoord';
  const consentFrom = isValidAge(answers.age) && used.includes('age') ? whoConsents(answers.age) : null;
  const text = ADVICE_TEXT[rule];
  return {
    advice,
    rule,
    reasons: verdict ? [...considerations(answers, used), text.why] : considerations(answers, used),
    nextStep: verdict ? text.next : null,
    consentFrom,
    nextQuestion: next,
    mustInformClient: advice === 'delen' && answers.consent !== 'ja',
    used,
  };
}

/** The answers without those the walk no longer uses, so the list and the note show only what counts. */
export function keepUsed(answers: ShareAnswers): ShareAnswers {
  const { used } = walk(answers);
  const kept: ShareAnswers = {};
  for (const key of used) Object.assign(kept, { [key]: answers[key] });
  for (const key of ['recipient', 'purposeText', 'informationText'] as const) {
    const value = answers[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}
