import { describe, expect, test } from 'vitest';
import {
  DEFAULT_TEST_LENGTH,
  FALSE_ID,
  TRUE_ID,
  advance,
  answerCurrent,
  currentQuestion,
  drawTest,
  fitsBank,
  isFinished,
  orderedOptions,
  type QuizQuestion,
} from '../../../src/engine/quiz/attempt';
import { mulberry32, shuffle } from '../../../src/engine/shared/random';
import { bankOf } from '../support/quiz-fixtures';

/** Number of drawn questions per topic. */
function perTopic(bank: ReturnType<typeof bankOf>, ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const topic = bank.questions.find((q) => q.id === id)?.topic ?? '?';
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return counts;
}

describe('seeded random source and shuffle', () => {
  test('the same seed gives the same sequence', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  test('different seeds give different sequences, all in [0, 1)', () => {
    const a = Array.from({ length: 100 }, mulberry32(1));
    const b = Array.from({ length: 100 }, mulberry32(2));
    expect(a).not.toEqual(b);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('shuffle with a seeded source is deterministic and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const once = shuffle(items, mulberry32(7));
    expect(shuffle(items, mulberry32(7))).toEqual(once);
    expect([...once].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  test('shuffle actually reorders for some seed', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, mulberry32(seed)).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  test('shuffle survives a source that returns exactly 1', () => {
    expect(shuffle([1, 2, 3], () => 1).sort()).toEqual([1, 2, 3]);
  });
});

describe('drawing a test', () => {
  const bank = bankOf({ a: 5, b: 5, c: 5, d: 5, e: 5, f: 5, g: 5, h: 5, i: 5 });

  test('draws 15 distinct questions by default', () => {
    const attempt = drawTest(bank, mulberry32(1));
    expect(attempt.questionIds).toHaveLength(DEFAULT_TEST_LENGTH);
    expect(new Set(attempt.questionIds).size).toBe(DEFAULT_TEST_LENGTH);
  });

  test('is balanced over topics: counts differ by at most one, for many seeds', () => {
    for (let seed = 0; seed < 50; seed++) {
      const counts = [...perTopic(bank, drawTest(bank, mulberry32(seed)).questionIds).values()];
      expect(counts).toHaveLength(9);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  test('a small topic gives what it has and the others fill up', () => {
    const uneven = bankOf({ a: 1, b: 10, c: 10 });
    const counts = perTopic(uneven, drawTest(uneven, mulberry32(3), 12).questionIds);
    expect(counts.get('a')).toBe(1);
    expect((counts.get('b') ?? 0) + (counts.get('c') ?? 0)).toBe(11);
    expect(Math.abs((counts.get('b') ?? 0) - (counts.get('c') ?? 0))).toBeLessThanOrEqual(1);
  });

  test('asks for more than the bank holds: draws the whole bank', () => {
    const tiny = bankOf({ a: 2, b: 1 });
    expect(drawTest(tiny, mulberry32(1), 15).questionIds).toHaveLength(3);
  });

  test('the same seed draws the same test; another seed usually not', () => {
    expect(drawTest(bank, mulberry32(9))).toEqual(drawTest(bank, mulberry32(9)));
    expect(drawTest(bank, mulberry32(9))).not.toEqual(drawTest(bank, mulberry32(10)));
  });

  test('options are shuffled per question but keep every option', () => {
    const attempt = drawTest(bank, mulberry32(5));
    const orders = new Set(attempt.questionIds.map((id) => attempt.optionOrder[id]?.join()));
    expect(orders.size).toBeGreaterThan(1);
    for (const id of attempt.questionIds) expect([...(attempt.optionOrder[id] ?? [])].sort()).toEqual(['a', 'b', 'c']);
  });

  test('true/false questions keep "Waar" before "Niet waar"', () => {
    const tf: QuizQuestion = { kind: 'true-false', id: 'tf', topic: 'a', question: 'Klopt dit?', correct: true, explanation: 'Ja, het klopt.', link: '/privacy/' };
    const withTf = { topics: [{ id: 'a', title: 'A', readMore: '/privacy/' }], questions: [tf] };
    for (let seed = 0; seed < 10; seed++) {
      expect(drawTest(withTf, mulberry32(seed)).optionOrder['tf']).toEqual([TRUE_ID, FALSE_ID]);
    }
  });
});

describe('answering and moving on', () => {
  const bank = bankOf({ a: 2, b: 2 });

  test('walks through the test: answer, advance, finish', () => {
    let attempt = drawTest(bank, mulberry32(1), 4);
    expect(advance(attempt)).toBe(attempt); // cannot skip an unanswered question
    for (let i = 0; i < 4; i++) {
      expect(currentQuestion(bank, attempt)?.id).toBe(attempt.questionIds[i]);
      attempt = advance(answerCurrent(attempt, ['a']));
    }
    expect(isFinished(attempt)).toBe(true);
    expect(currentQuestion(bank, attempt)).toBeUndefined();
  });

  test('a second answer to the same question is ignored', () => {
    const first = answerCurrent(drawTest(bank, mulberry32(1), 4), ['b']);
    const id = first.questionIds[0] ?? '';
    expect(answerCurrent(first, ['a']).answers[id]).toEqual(['b']);
  });

  test('orderedOptions follows the drawn order', () => {
    const attempt = drawTest(bank, mulberry32(2), 4);
    const question = currentQuestion(bank, attempt);
    if (!question) throw new Error('no question');
    expect(orderedOptions(question, attempt).map((o) => o.id)).toEqual(attempt.optionOrder[question.id]);
  });
});

describe('a saved attempt against the bank', () => {
  const bank = bankOf({ a: 3, b: 3 });
  const attempt = drawTest(bank, mulberry32(4), 4);

  test('a fresh attempt fits', () => {
    expect(fitsBank(bank, attempt)).toBe(true);
  });

  test('a question removed from the bank makes it unfit', () => {
    const id = attempt.questionIds[0];
    expect(fitsBank({ ...bank, questions: bank.questions.filter((q) => q.id !== id) }, attempt)).toBe(false);
  });

  test('an option order that no longer matches makes it unfit', () => {
    const id = attempt.questionIds[0] ?? '';
    expect(fitsBank(bank, { ...attempt, optionOrder: { ...attempt.optionOrder, [id]: ['a', 'b'] } })).toBe(false);
  });

  test('a position past an unanswered question, or out of range, makes it unfit', () => {
    expect(fitsBank(bank, { ...attempt, position: 2 })).toBe(false);
    expect(fitsBank(bank, { ...attempt, position: 99 })).toBe(false);
  });

  test('an answer with an unknown option makes it unfit', () => {
    const id = attempt.questionIds[0] ?? '';
    expect(fitsBank(bank, { ...attempt, answers: { [id]: ['z'] } })).toBe(false);
  });
});
