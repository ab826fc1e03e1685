import { describe, expect, test } from 'vitest';
import type { Attempt, QuizBank, QuizQuestion } from '../../../src/engine/quiz/attempt';
import { PASS_MARK, isFullyCorrect, scoreAttempt, scoreQuestion, toPercent, weakTopics } from '../../../src/engine/quiz/score';
import { bankOf, single } from '../support/quiz-fixtures';

const multiple: QuizQuestion = {
  kind: 'multiple',
  id: 'm',
  topic: 'a',
  question: 'Welke kloppen?',
  options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })),
  correct: ['a', 'b', 'c'],
  explanation: 'a, b en c kloppen.',
  link: '/privacy/',
};

const trueFalse: QuizQuestion = {
  kind: 'true-false',
  id: 'tf',
  topic: 'a',
  question: 'Klopt dit?',
  correct: false,
  explanation: 'Nee, het klopt niet.',
  link: '/privacy/',
};

describe('scoring one question', () => {
  test('single choice: 1 for the right option, 0 otherwise', () => {
    const q = single('s', 'a');
    expect(scoreQuestion(q, ['a'])).toBe(1);
    expect(scoreQuestion(q, ['b'])).toBe(0);
  });

  test('no answer scores 0', () => {
    expect(scoreQuestion(single('s', 'a'), undefined)).toBe(0);
    expect(scoreQuestion(single('s', 'a'), [])).toBe(0);
  });

  test('true/false: "niet-waar" is right when correct is false', () => {
    expect(scoreQuestion(trueFalse, ['niet-waar'])).toBe(1);
    expect(scoreQuestion(trueFalse, ['waar'])).toBe(0);
  });

  test('multiple: all right and nothing wrong scores 1', () => {
    expect(scoreQuestion(multiple, ['a', 'b', 'c'])).toBe(1);
    expect(isFullyCorrect(multiple, ['c', 'b', 'a'])).toBe(true);
  });

  test('multiple: partial credit is (right − wrong) / number right', () => {
    expect(scoreQuestion(multiple, ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(scoreQuestion(multiple, ['a', 'b', 'd'])).toBeCloseTo(1 / 3);
    expect(scoreQuestion(multiple, ['a', 'b', 'c', 'd'])).toBeCloseTo(2 / 3);
    expect(isFullyCorrect(multiple, ['a', 'b'])).toBe(false);
  });

  test('multiple: ticking everything does not earn full marks', () => {
    expect(scoreQuestion(multiple, ['a', 'b', 'c', 'd', 'e'])).toBeCloseTo(1 / 3);
  });

  test('multiple: never below 0', () => {
    expect(scoreQuestion(multiple, ['a', 'd', 'e'])).toBe(0);
  });

  test('multiple: the same option ticked twice counts once', () => {
    expect(scoreQuestion(multiple, ['a', 'a', 'a'])).toBeCloseTo(1 / 3);
  });
});

/** An attempt over the bank's questions in bank order with the given answers. */
function attemptWith(bank: QuizBank, answers: Record<string, string[]>): Attempt {
  const questionIds = bank.questions.map((q) => q.id);
  return { questionIds, optionOrder: {}, answers, position: questionIds.length };
}

describe('scoring a test', () => {
  const bank = bankOf({ x: 5, y: 5 });
  const right = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, ['a']]));

  test('80 % is a pass: 8 of 10', () => {
    const result = scoreAttempt(bank, attemptWith(bank, right(['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'y-1', 'y-2', 'y-3'])));
    expect(result).toMatchObject({ points: 8, max: 10, percent: 80, passed: true });
    expect(PASS_MARK).toBe(0.8);
  });

  test('79 % is a fail, and the percentage is rounded down', () => {
    expect(toPercent(11.9, 15)).toBe(79);
    const bank15 = bankOf({ x: 15 });
    const answers = right(['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6', 'x-7', 'x-8', 'x-9', 'x-10', 'x-11']);
    const result = scoreAttempt(bank15, attemptWith(bank15, answers));
    expect(result.percent).toBe(73);
    expect(result.passed).toBe(false);
  });

  test('12 of 15 passes despite floating point', () => {
    const bank15 = bankOf({ x: 15 });
    const answers = right(Array.from({ length: 12 }, (_, i) => `x-${i + 1}`));
    expect(scoreAttempt(bank15, attemptWith(bank15, answers))).toMatchObject({ percent: 80, passed: true });
  });

  test('scores per topic, in bank order, and lists weak topics', () => {
    const result = scoreAttempt(bank, attemptWith(bank, right(['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'y-1'])));
    expect(result.byTopic.map((t) => [t.topic, t.points, t.max])).toEqual([
      ['x', 5, 5],
      ['y', 1, 5],
    ]);
    expect(weakTopics(result).map((t) => t.topic)).toEqual(['y']);
  });

  test('partial credit adds up in the total', () => {
    const mixed: QuizBank = { topics: [{ id: 'a', title: 'A', readMore: '/privacy/' }], questions: [multiple, trueFalse] };
    const result = scoreAttempt(mixed, attemptWith(mixed, { m: ['a', 'b'], tf: ['niet-waar'] }));
    expect(result.points).toBeCloseTo(5 / 3);
    expect(result.percent).toBe(83);
    expect(result.passed).toBe(true);
  });

  test('an empty test does not pass', () => {
    expect(scoreAttempt(bank, { questionIds: [], optionOrder: {}, answers: {}, position: 0 })).toMatchObject({ max: 0, percent: 0, passed: false });
  });
});
