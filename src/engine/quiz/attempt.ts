/**
 * The privacy self-test as pure functions over plain data: draw a test from
 * the question bank, record answers, and check that a saved attempt still
 * fits the bank. Scoring is in score.ts. The attempt is serialisable
 * JSON, so the caller can keep it on the device and pick it up again.
 */
import type { QuizOption, QuizQuestionData } from '../../schemas/quiz';
import { type RandomSource, shuffle } from '../shared';

/** A topic of the bank, with the section to read again. */
export interface QuizTopic {
  /** Topic id, from the topic file. */
  id: string;
  /** Dutch name of the topic. */
  title: string;
  /** Route of the section that covers the topic. */
  readMore: string;
}

/** A question of the bank, with the topic its file belongs to. */
export type QuizQuestion = QuizQuestionData & { topic: string };

/** The validated question bank. */
export interface QuizBank {
  topics: QuizTopic[];
  questions: QuizQuestion[];
}

/** One run through the test: which questions, in which order, and what was answered. */
export interface Attempt {
  /** Ids of the drawn questions, in the order they are asked. */
  questionIds: string[];
  /** Per question id: the option ids in the order they are shown. */
  optionOrder: Record<string, string[]>;
  /** Per answered question id: the option ids the learner chose. */
  answers: Record<string, string[]>;
  /** Index of the question on screen; equal to questionIds.length when the test is done. */
  position: number;
}

/** Number of questions in a test unless the caller asks for another number. */
export const DEFAULT_TEST_LENGTH = 15;

/** Option ids of a true/false question; the bank stores only `correct: true|false`. */
export const TRUE_ID = 'waar';
export const FALSE_ID = 'niet-waar';

/** The options of a question as shown; true/false questions get "Waar" and "Niet waar". */
export function optionsOf(question: QuizQuestion): QuizOption[] {
  if (question.kind === 'true-false') {
    return [
      { id: TRUE_ID, text: 'Waar' },
      { id: FALSE_ID, text: 'Niet waar' },
    ];
  }
  return question.options;
}

/** Ids of the right options of a question. */
export function correctIds(question: QuizQuestion): string[] {
  switch (question.kind) {
    case 'true-false':
      return [question.correct ? TRUE_ID : FALSE_ID];
    case 'multiple':
      return question.correct;
    default:
      return [question.correct];
  }
}

/**
 * How many questions to take per topic: round-robin over the topics in random
 * order, so topics differ by at most one unless a topic runs out of questions.
 */
function quotas(available: Map<string, number>, count: number, random: RandomSource): Map<string, number> {
  const order = shuffle([...available.keys()], random);
  const taken = new Map(order.map((topic) => [topic, 0]));
  let left = count;
  while (left > 0) {
    const before = left;
    for (const topic of order) {
      if (left === 0) break;
      const n = taken.get(topic) ?? 0;
      if (n < (available.get(topic) ?? 0)) {
        taken.set(topic, n + 1);
        left--;
      }
    }
    if (left === before) break; // the bank is smaller than `count`
  }
  return taken;
}

/** Draws a new test: `count` questions balanced over topics, questions and options shuffled. */
export function drawTest(bank: QuizBank, random: RandomSource, count = DEFAULT_TEST_LENGTH): Attempt {
  const byTopic = new Map<string, QuizQuestion[]>();
  for (const q of bank.questions) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const available = new Map([...byTopic].map(([topic, qs]) => [topic, qs.length]));
  const drawn: QuizQuestion[] = [];
  for (const [topic, n] of quotas(available, count, random)) {
    drawn.push(...shuffle(byTopic.get(topic) ?? [], random).slice(0, n));
  }
  const ordered = shuffle(drawn, random);
  const optionOrder: Record<string, string[]> = {};
  for (const q of ordered) {
    const ids = optionsOf(q).map((o) => o.id);
    // "Waar" before "Niet waar" is what people expect; shuffling it only confuses.
    optionOrder[q.id] = q.kind === 'true-false' ? ids : shuffle(ids, random);
  }
  return { questionIds: ordered.map((q) => q.id), optionOrder, answers: {}, position: 0 };
}

/** The question on screen, or undefined when the test is done. */
export function currentQuestion(bank: QuizBank, attempt: Attempt): QuizQuestion | undefined {
  const id = attempt.questionIds[attempt.position];
  return id === undefined ? undefined : bank.questions.find((q) => q.id === id);
}

/** The options of a drawn question in the order the attempt shows them. */
export function orderedOptions(question: QuizQuestion, attempt: Attempt): QuizOption[] {
  const options = optionsOf(question);
  const order = attempt.optionOrder[question.id] ?? options.map((o) => o.id);
  return order.flatMap((id) => options.filter((o) => o.id === id));
}

/** Records the answer to the current question; a second answer to the same question is ignored. */
export function answerCurrent(attempt: Attempt, chosen: readonly string[]): Attempt {
  const id = attempt.questionIds[attempt.position];
  if (id === undefined || id in attempt.answers) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [id]: [...chosen] } };
}

/** Moves on once the current question is answered. */
export function advance(attempt: Attempt): Attempt {
  const id = attempt.questionIds[attempt.position];
  if (id === undefined || !(id in attempt.answers)) return attempt;
  return { ...attempt, position: attempt.position + 1 };
}

/** True when every question has been answered and the learner moved past the last one. */
export function isFinished(attempt: Attempt): boolean {
  return attempt.position >= attempt.questionIds.length;
}

/** True when a saved attempt still matches the bank (questions and options may change between builds). */
export function fitsBank(bank: QuizBank, attempt: Attempt): boolean {
  const ids = new Set(attempt.questionIds);
  if (ids.size !== attempt.questionIds.length || ids.size === 0) return false;
  if (attempt.position < 0 || attempt.position > attempt.questionIds.length) return false;
  if (!Object.keys(attempt.answers).every((id) => ids.has(id))) return false;
  for (const id of attempt.questionIds) {
    const question = bank.questions.find((q) => q.id === id);
    if (!question) return false;
    const optionIds = optionsOf(question).map((o) => o.id);
    const order = attempt.optionOrder[id] ?? [];
    if (order.length !== optionIds.length || !optionIds.every((o) => order.includes(o))) return false;
    const answer = attempt.answers[id];
    if (answer && !answer.every((o) => optionIds.includes(o))) return false;
  }
  // Every question before the current one must have an answer.
  return attempt.questionIds.slice(0, attempt.position).every((id) => id in attempt.answers);
}
