/** Small hand-made question banks for the quiz unit tests. */
import type { QuizBank, QuizQuestion } from '../../../src/engine/quiz/attempt';

/** A single-choice question of `topic` with options a (right), b and c. */
export function single(id: string, topic: string): QuizQuestion {
  return {
    kind: 'single',
    id,
    topic,
    question: `Vraag ${id}?`,
    options: [
      { id: 'a', text: 'Goed' },
      { id: 'b', text: 'Fout' },
      { id: 'c', text: 'Ook fout' },
    ],
    correct: 'a',
    explanation: 'Omdat a het goede antwoord is.',
    link: '/privacy/',
  };
}

/** A bank with `sizes[topic]` single-choice questions per topic. */
export function bankOf(sizes: Record<string, number>): QuizBank {
  const topics = Object.keys(sizes).map((id) => ({ id, title: `Onderwerp ${id}`, readMore: `/privacy/${id}/` }));
  const questions = Object.entries(sizes).flatMap(([topic, n]) =>
    Array.from({ length: n }, (_, i) => single(`${topic}-${i + 1}`, topic)),
  );
  return { topics, questions };
}
