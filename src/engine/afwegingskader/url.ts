/**
 * Compact encoding of an afwegingskader walk for a URL parameter, so a reload or a shared
 * link keeps it: one letter per question in order, `j`, `n` or `-`, after an optional letter
 * for the moment: `m` = a report already stands (melding-staat), `e` = the first walk
 * (eerste-weging; only written when nothing is answered yet, so links written before the
 * moment existed, like `jn`, still read as a first walk).
 */
import { type AfwegingAnswers, type AfwegingMoment, type Answer, QUESTION_ORDER } from './decide';

/** Encodes answers as e.g. `jn` or `j-j`; trailing unanswered questions are dropped. */
export function encodeAnswers(answers: AfwegingAnswers): string {
  const letters = QUESTION_ORDER.map((key) => (answers[key] === 'ja' ? 'j' : answers[key] === 'nee' ? 'n' : '-'));
  return letters.join('').replace(/-+$/, '');
}

/** Decodes a parameter written by encodeAnswers; anything unexpected is read as unanswered, never thrown. */
export function decodeAnswers(value: string | null | undefined): AfwegingAnswers {
  const answers: AfwegingAnswers = {};
  if (typeof value !== 'string') return answers;
  QUESTION_ORDER.forEach((key, i) => {
    const letter = value.charAt(i).toLowerCase();
    const answer: Answer | undefined = letter === 'j' ? 'ja' : letter === 'n' ? 'nee' : undefined;
    if (answer) answers[key] = answer;
  });
  return answers;
}

/** A walk: the moment chosen (null before the learner chose) and the answers. */
export interface AfwegingWalk {
  moment: AfwegingMoment | null;
  answers: AfwegingAnswers;
}

/** Encodes a walk; '' when no moment is chosen. */
export function encodeWalk(walk: AfwegingWalk): string {
  if (walk.moment === null) return '';
  const letters = encodeAnswers(walk.answers);
  if (walk.moment === 'melding-staat') return `m${letters}`;
  return letters === '' ? 'e' : letters;
}

/** Decodes a parameter written by encodeWalk (or the older encodeAnswers); never throws. */
export function decodeWalk(value: string | null | undefined): AfwegingWalk {
  if (typeof value !== 'string' || value === '') return { moment: null, answers: {} };
  const first = value.charAt(0).toLowerCase();
  if (first === 'm') return { moment: 'melding-staat', answers: decodeAnswers(value.slice(1)) };
  if (first === 'e') return { moment: 'eerste-weging', answers: decodeAnswers(value.slice(1)) };
  return { moment: 'eerste-weging', answers: decodeAnswers(value) };
}
