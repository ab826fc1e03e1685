/**
 * The step-plan "Kan ik informatie delen?" (seed 001, Augeo Magazine 18) as a
 * pure function: given the answers so far, which question comes next and what
 * is the advice? The six questions are grondslag, doel, informatie,
 * proportionaliteit, subsidiariteit and geheimhoudingsplicht. Two situations
 * leave the six questions: a report to Veilig Thuis (the Meldcode) and Veilig
 * Thuis asking you for information in its investigation (seed 001, the nine
 * questions, question 6). The Dutch wording lives in share-advice-text.ts, the
 * dossier note in share-advice-note.ts.
 */
import { type ConsentRule, whoConsents } from './privacy';
import { ADVICE_TEXT, considerations } from './share-advice-text';

export interface ShareAnswers {
  situation?: 'overleggen' | 'melden' | 'veilig-thuis-vraagt'; // share with a professional, report, or answer Veilig Thuis's investigation?
  vtSecret?: 'ja' | 'nee' | 'weet-niet'; // Veilig Thuis asks: do I have a duty of confidentiality (beroepsgeheim)?
  age?: number; // the child's age in years; decides whose consent counts (whoConsents)
  consent?: 'ja' | 'nog-niet' | 'geweigerd'; // step 1: consent of the right person(s)?
  /**
   * Step 1 without consent: the OTS and the two exceptions seed 001 names for consulting without consent
   * (goed hulpverlenerschap, conflict van plichten); another AVG ground (gerechtvaardigd belang, a legal
   * duty) is a question for the privacy expert, which the seeds do not answer.
   */
  grondslag?: 'ots' | 'goed-hulpverlenerschap' | 'conflict-van-plichten' | 'andere-grondslag' | 'geen';
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
  | 'vtSecret'
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
export type Advice =
  | 'delen'
  | 'overleg-uitzondering'
  | 'veilig-thuis'
  | 'delen-na-toestemming'
  | 'vraag-privacydeskundige'
  | 'eerst-anoniem-advies'
  | 'niet-delen'
  | 'onbeslist'
  | 'meldcode';

/** Why the advice is what it is; share-advice-text.ts words each one. */
export type AdviceRule =
  | 'wacht-op-antwoord'
  | 'melding'
  | 'veilig-thuis-onderzoek'
  | 'veilig-thuis-onderzoek-geheim'
  | 'geen-grondslag'
  | 'conflict-van-plichten'
  | 'andere-grondslag'
  | 'doel-onduidelijk'
  | 'informatie-onduidelijk'
  | 'niet-proportioneel'
  | 'twijfel-proportioneel'
  | 'anoniem-kan'
  | 'via-client'
  | 'toestemming'
  | 'ots'
  | 'geheim-vraag-toestemming'
  | 'vraag-toestemming'
  | 'goed-hulpverlenerschap'
  | 'geheim-goed-hulpverlenerschap';

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
  /** Ids of the rules in content/rules.yaml this advice rests on; empty while undecided. */
  rules: readonly string[];
}

/** All questions in the order the walk asks them (not every walk asks each one). */
export const STEP_ORDER: readonly StepKey[] = [
  'situation',
  'vtSecret',
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

/** An advice, the rule behind it, and whether the client must be told (sharing without their consent). */
type Verdict = { advice: Advice; rule: AdviceRule; inform?: boolean };

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
 * is the starting point; an OTS is a ground of its own (seed 001). Consent refused
 * with goed hulpverlenerschap is the exception seed 001 names for consulting without
 * consent; whether it also breaks a duty of confidentiality, the seeds do not say.
 */
function finalVerdict(a: ShareAnswers): Verdict {
  if (a.consent === 'ja') return { advice: 'delen', rule: 'toestemming' };
  if (a.grondslag === 'ots') return { advice: 'delen', rule: 'ots', inform: true };
  const secret = a.confidentiality !== 'nee'; // 'weet-niet' counts as a duty until checked
  if (a.consent === 'nog-niet') {
    return { advice: 'delen-na-toestemming', rule: secret ? 'geheim-vraag-toestemming' : 'vraag-toestemming' };
  }
  if (a.grondslag === 'goed-hulpverlenerschap') {
    if (secret) return { advice: 'eerst-anoniem-advies', rule: 'geheim-goed-hulpverlenerschap' };
    return { advice: 'overleg-uitzondering', rule: 'goed-hulpverlenerschap', inform: true };
  }
  // Consent refused without a ground stops at step 1; this is the safe fallback.
  return { advice: 'niet-delen', rule: 'geen-grondslag' };
}

/** The stop that the answer to the ground question causes, if any. */
function groundStop(a: ShareAnswers): Verdict | null {
  if (a.grondslag === 'conflict-van-plichten') return { advice: 'meldcode', rule: 'conflict-van-plichten' };
  if (a.grondslag === 'andere-grondslag') return { advice: 'vraag-privacydeskundige', rule: 'andere-grondslag' };
  if (a.grondslag === 'geen' && a.consent === 'geweigerd') return { advice: 'niet-delen', rule: 'geen-grondslag' };
  return null;
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
  if (a.situation === 'veilig-thuis-vraagt') {
    // Seed 001, question 6 of the nine: Veilig Thuis needs no consent; you may give what the investigation needs.
    if (!ask('vtSecret', a.vtSecret !== undefined)) return stop('vtSecret');
    const rule = a.vtSecret === 'nee' ? 'veilig-thuis-onderzoek' : 'veilig-thuis-onderzoek-geheim';
    return stop(null, { advice: 'veilig-thuis', rule });
  }
  if (!ask('age', isValidAge(a.age))) return stop('age');
  if (!ask('consent', a.consent !== undefined)) return stop('consent');
  if (a.consent !== 'ja') {
    if (!ask('grondslag', a.grondslag !== undefined)) return stop('grondslag');
    const ground = groundStop(a);
    if (ground) return stop(null, ground);
  }
  const steps: StepKey[] = ['purpose', 'information', 'proportionality', 'subsidiarity'];
  for (const key of steps) {
    if (!ask(key, a[key] !== undefined)) return stop(key);
    const early = earlyStop(a, key);
    if (early) return stop(null, early);
  }
  if (!ask('confidentiality', a.confidentiality !== undefined)) return stop('confidentiality');
  const verdict = finalVerdict(a);
  if (verdict.inform) {
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
    mustInformClient: verdict?.inform === true,
    rules: verdict ? text.rules : [],
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
