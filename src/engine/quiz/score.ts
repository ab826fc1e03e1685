/**
 * Scoring of the privacy self-test. The weights are named here so a trainer
 * can find and discuss them in one place (see docs/quiz.md).
 */
import { type Attempt, type QuizBank, type QuizQuestion, correctIds, optionsOf } from './attempt';

/** Share of the points needed to pass: 80 %, the mark the issue asks for. */
export const PASS_MARK = 0.8;

/**
 * For a multiple-answer question every wrong tick cancels one right tick.
 * Without a penalty, ticking every option would always earn full marks.
 */
export const WRONG_CHOICE_PENALTY = 1;

/** A topic scoring below this share is listed under "Lees dit nog eens". */
export const WEAK_TOPIC_BELOW = PASS_MARK;

/** Rounding slack, so 12 of 15 (0.8 in theory, 0.7999… in floating point) still passes. */
const EPSILON = 1e-9;

/**
 * Points for one question, between 0 and 1.
 * Single, true/false and case: 1 for the right option, otherwise 0.
 * Multiple: (right ticks − WRONG_CHOICE_PENALTY × wrong ticks) / number of right options, never below 0.
 */
export function scoreQuestion(question: QuizQuestion, chosen: readonly string[] | undefined): number {
  if (!chosen || chosen.length === 0) return 0;
  const right = correctIds(question);
  const picked = [...new Set(chosen)];
  if (question.kind !== 'multiple') {
    return picked.length === 1 && picked[0] === right[0] ? 1 : 0;
  }
  const hits = picked.filter((id) => right.includes(id)).length;
  const misses = picked.length - hits;
  return Math.max(0, (hits - WRONG_CHOICE_PENALTY * misses) / right.length);
}

/** True when the chosen options are exactly the right ones. */
export function isFullyCorrect(question: QuizQuestion, chosen: readonly string[] | undefined): boolean {
  return scoreQuestion(question, chosen) >= 1 - EPSILON;
}

/** Score of one topic within a test. */
export interface TopicScore {
  topic: string;
  title: string;
  readMore: string;
  /** Points earned (partial credit counts). */
  points: number;
  /** Number of questions of this topic in the test. */
  max: number;
}

/** The outcome of a test. */
export interface QuizResult {
  points: number;
  max: number;
  /** Whole percentage, rounded down so the number shown never passes a test that failed. */
  percent: number;
  passed: boolean;
  /** Topics in the order of the bank; topics without questions in this test are left out. */
  byTopic: TopicScore[];
}

/** Share of points, 0 when there were no questions. */
export function ratio(points: number, max: number): number {
  return max === 0 ? 0 : points / max;
}

/** Whole percentage, rounded down (with slack for floating point). */
export function toPercent(points: number, max: number): number {
  return Math.floor(ratio(points, max) * 100 + EPSILON);
}

/** Scores a test: total, pass or fail, and per topic. Unanswered questions count as 0. */
export function scoreAttempt(bank: QuizBank, attempt: Attempt): QuizResult {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const perTopic = new Map<string, { points: number; max: number }>();
  let points = 0;
  let max = 0;
  for (const id of attempt.questionIds) {
    const question = byId.get(id);
    if (!question) continue;
    const earned = scoreQuestion(question, attempt.answers[id]);
    points += earned;
    max += 1;
    const t = perTopic.get(question.topic) ?? { points: 0, max: 0 };
    perTopic.set(question.topic, { points: t.points + earned, max: t.max + 1 });
  }
  const byTopic = bank.topics.flatMap((topic) => {
    const t = perTopic.get(topic.id);
    return t ? [{ topic: topic.id, title: topic.title, readMore: topic.readMore, ...t }] : [];
  });
  return { points, max, percent: toPercent(points, max), passed: max > 0 && ratio(points, max) + EPSILON >= PASS_MARK, byTopic };
}

/** Topics to read again: those below WEAK_TOPIC_BELOW. */
export function weakTopics(result: QuizResult): TopicScore[] {
  return result.byTopic.filter((t) => ratio(t.points, t.max) + EPSILON < WEAK_TOPIC_BELOW);
}

/** A question of a finished test that was not fully right, with what the result page shows. */
export interface WrongAnswer {
  id: string;
  question: string;
  /** The case text of a case question, else null. */
  caseText: string | null;
  /** The texts the learner chose (empty when none). */
  chosen: string[];
  /** The texts of the right options. */
  right: string[];
  explanation: string;
  link: string;
}

/** The questions of a test answered wrong or only partly right, in the order they were asked. */
export function wrongAnswers(bank: QuizBank, attempt: Attempt): WrongAnswer[] {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  return attempt.questionIds.flatMap((id) => {
    const q = byId.get(id);
    const chosen = attempt.answers[id];
    if (!q || isFullyCorrect(q, chosen)) return [];
    const options = optionsOf(q);
    const textOf = (ids: readonly string[]) => options.filter((o) => ids.includes(o.id)).map((o) => o.text);
    return [{ id, question: q.question, caseText: q.kind === 'case' ? q.case : null, chosen: textOf(chosen ?? []), right: textOf(correctIds(q)), explanation: q.explanation, link: q.link }];
  });
}
