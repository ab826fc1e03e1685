/**
 * Who a debrief speaks to: the learner playing alone ("jij") or the group in a session
 * ("de groep"). The shared parts take an `audience` and use these words, so the case
 * debrief and the session summary say the same things in the same way.
 */
import type { Answer } from '~/engine/afwegingskader';

/** The learner alone, or a group in a session. */
export type Audience = 'learner' | 'group';

/** The words of the afwegingskader table per audience. */
export interface AfwegingWords {
  /** The column head of the own answers. */
  column: string;
  /** The table's caption (visually hidden), before the moment's label. */
  caption: string;
  /** What the framework decides on the own answers. */
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

/** Badge beside an answer that differs from the expert's (both audiences). */
export const DIFFERENT = 'anders';

/** An answer in words; a question the run did not reach is "Niet gevraagd". */
export function answerWord(answer: Answer | undefined): string {
  return answer === 'ja' ? 'Ja' : answer === 'nee' ? 'Nee' : 'Niet gevraagd';
}
