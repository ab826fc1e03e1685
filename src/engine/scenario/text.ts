/**
 * The Dutch words of a case that are not in the case file, shared by the case player,
 * the debrief and the group session so all say the same thing: verdicts, critical
 * errors, the feedback under a verdict and the afwegingskader part of a debrief, spoken
 * to the learner alone ("jij") or to the group in a session ("de groep").
 */
import type { Answer } from '../afwegingskader';
import type { Feedback, OutcomeMatch, Verdict } from './model';

/** The verdict on a choice, in words (never by colour alone). */
export const VERDICT_LABELS: Record<Verdict, string> = {
  goed: 'Goed',
  deels: 'Deels goed',
  'niet-goed': 'Niet goed',
  kritiek: 'Kritieke fout',
  verder: 'Verder',
};

/** The learner's (or the group's) outcome against the expert's. */
export const OUTCOME_MATCH_LABELS: Record<OutcomeMatch, string> = {
  zelfde: 'Dezelfde uitkomst als de expert',
  anders: 'Een andere uitkomst dan de expert',
};

/** The opening of `feedback` when it is the verdict label itself (whole words), with the punctuation after it. */
export function verdictOpening(verdict: Verdict, feedback: string): string | null {
  const label = VERDICT_LABELS[verdict].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${label}(?![\\p{L}\\p{N}])[.!:;,]?`, 'iu').exec(feedback)?.[0] ?? null;
}

/**
 * The feedback under a verdict that is shown on its own line (the case player, the group
 * session, the phones): without an opening sentence that only repeats it ("Goed. Je
 * luistert…" under "Goed" becomes "Je luistert…", with a capital). An opening that goes
 * on ("Goed dat je…", "Goed gezien: …") is kept whole, and so is feedback that is only the verdict.
 */
export function feedbackAfterVerdict(verdict: Verdict, feedback: string): string {
  const text = feedback.trim();
  const opening = verdictOpening(verdict, text);
  const rest = opening === null ? '' : text.slice(opening.length).trim();
  if (opening === null || !/[.!]$/.test(opening) || rest === '') return text;
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** A critical error as it is named everywhere: "Kritieke fout: <the rule's title>". */
export function criticalLabel(title: string): string {
  return `${VERDICT_LABELS.kritiek}: ${title}`;
}

/** Who a debrief speaks to: the learner playing alone, or a group in a session. */
export type Audience = 'learner' | 'group';

/** "een kritieke fout" / "3 kritieke fouten". */
export function criticalCount(count: number): string {
  return count === 1 ? 'een kritieke fout' : `${count} kritieke fouten`;
}

/**
 * The verdict sentence on a run with critical errors, as the end of a case says it to the
 * learner ("Je maakte een kritieke fout: <labels>. Dan haal je de casus niet.") and the
 * session summary to the group ("De groep maakte 2 kritieke fouten. Dan is de casus niet
 * gehaald."). The group's sentence names no labels: the summary lists each error with its
 * rule right below it.
 */
export function criticalErrorsSentence(audience: Audience, labels: readonly string[]): string {
  const count = criticalCount(labels.length);
  return audience === 'learner'
    ? `Je maakte ${count}: ${labels.join('; ')}. Dan haal je de casus niet.`
    : `De groep maakte ${count}. Dan is de casus niet gehaald.`;
}

/** The verdict sentence on a run passed without a critical error (both audiences). */
export function cleanPassSentence(percent: number): string {
  return `Zonder kritieke fout, met ${percent}% van de punten.`;
}

/** The verdict on a choice in words; a critical error is named by its rule ("Kritieke fout: …"). */
export function verdictText(feedback: Pick<Feedback, 'verdict' | 'critical'>): string {
  return feedback.critical ? criticalLabel(feedback.critical.view.title) : VERDICT_LABELS[feedback.verdict];
}

/** The words of the afwegingskader part of a debrief, per audience. */
export interface AfwegingWords {
  /** The column head of the own answers. */
  column: string;
  /** The table's caption (visually hidden), before the moment's label. */
  caption: string;
  /** What the framework decides on the own answers, as one sentence around the outcome's label. */
  decision: (outcomeLabel: string) => string;
  /** When the own run never reached this moment. */
  notReached: string;
  /** Badge beside an answer the same as the expert's. */
  same: string;
}

export const AFWEGING_WORDS: Record<Audience, AfwegingWords> = {
  learner: {
    column: 'Jij',
    caption: 'Jouw antwoorden en die van de expert',
    decision: (label) => `Op jouw antwoorden zou het afwegingskader besluiten: ${label}.`,
    notReached: 'Je kwam niet bij dit moment van de afweging.',
    same: 'klopt',
  },
  group: {
    column: 'Groep',
    caption: 'Antwoorden van de groep en van de expert',
    decision: (label) => `Op de antwoorden van de groep besluit het afwegingskader: ${label}.`,
    notReached: 'De groep kwam niet bij dit moment van de afweging.',
    same: 'zelfde',
  },
};

/**
 * The column heads of the afwegingskader table of a debrief, in order: the question, the
 * own answers, the expert's. The table on screen (src/components/ui/AfwegingTable.svelte)
 * and the session's Markdown handout both take them from here.
 */
export function afwegingColumns(audience: Audience): readonly [question: string, own: string, expert: string] {
  return ['Vraag', AFWEGING_WORDS[audience].column, 'Expert'];
}

/** A question of the afwegingskader named by its number, as a table row opens: "Vraag 3". */
export function afwegingQuestionLabel(number: number): string {
  return `Vraag ${number}`;
}

/** Badge beside an answer that differs from the expert's (both audiences). */
export const DIFFERENT = 'anders';

/** An answer in words; a question the run did not reach is "Niet gevraagd". */
export function answerWord(answer: Answer | undefined): string {
  return answer === 'ja' ? 'Ja' : answer === 'nee' ? 'Nee' : 'Niet gevraagd';
}
