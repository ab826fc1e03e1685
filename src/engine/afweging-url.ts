/**
 * Compact encoding of afwegingskader answers for a URL parameter, so a reload or
 * a shared link keeps the walk: one letter per question in order, `j`, `n` or `-`.
 */
import { type AfwegingAnswers, type Answer, QUESTION_ORDER } from './afwegingskader';

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
