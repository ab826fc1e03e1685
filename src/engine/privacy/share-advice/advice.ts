/**
 * The step-plan "Kan ik informatie delen?" (seed 001, Augeo Magazine 18) as a
 * pure function: given the answers so far, which question comes next and what
 * is the advice? The six questions are grondslag, doel, informatie,
 * proportionaliteit, subsidiariteit and geheimhoudingsplicht. Two situations
 * leave the six questions: a report to Veilig Thuis (the Meldcode) and Veilig
 * Thuis asking you for information in its investigation (seed 001, the nine
 * questions, question 6). The Dutch wording lives in text.ts, the
 * dossier note in note.ts, the types in model.ts.
 */
import { whoConsents } from '../consent';
import type { Advice, AdviceRule, ShareAdvice, ShareAnswers, StepKey } from './model';
import { ADVICE_TEXT, considerations } from './text';

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

/**
 * One step back ("Vorige vraag"): the answers without the last one the walk uses.
 * The free texts for the note stay; with nothing answered the answers come back unchanged.
 */
export function withoutLast(answers: ShareAnswers): ShareAnswers {
  const kept = keepUsed(answers);
  const last = walk(kept).used.at(-1);
  if (last !== undefined) delete kept[last];
  return kept;
}
