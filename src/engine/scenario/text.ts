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
