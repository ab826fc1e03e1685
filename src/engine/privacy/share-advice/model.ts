/** The types of "Kan ik delen?": the answers, the steps, the advice and why. */
import type { ConsentRule } from '../consent';

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

/** Why the advice is what it is; text.ts words each one. */
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
