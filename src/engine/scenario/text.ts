/**
 * The Dutch words of a case that are not in the case file, shared by the case player,
 * the debrief and the group session so all say the same thing.
 */
import type { OutcomeMatch, Verdict } from './model';

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
