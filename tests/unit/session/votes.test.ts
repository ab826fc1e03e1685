import { describe, expect, test } from 'vitest';
import { MAX_VOTES, cleanCount, optionLetter, percentages, tally } from '~/engine/session/votes';

describe('tally', () => {
  test('the option with strictly the most votes is the majority', () => {
    const t = tally(['a', 'b', 'c'], { a: 3, b: 7, c: 2 });
    expect(t.total).toBe(12);
    expect(t.majority).toBe('b');
    expect(t.tie).toBe(false);
    expect(t.leaders).toEqual(['b']);
  });

  test('a tie for the most votes gives no majority and names every leader', () => {
    const t = tally(['a', 'b', 'c'], { a: 5, b: 5, c: 1 });
    expect(t.majority).toBeNull();
    expect(t.tie).toBe(true);
    expect(t.leaders).toEqual(['a', 'b']);
  });

  test('without any votes there is no majority and no tie', () => {
    const t = tally(['a', 'b'], { a: 0, b: 0 });
    expect(t).toMatchObject({ total: 0, majority: null, tie: false, leaders: [] });
    expect(t.rows.map((r) => r.percent)).toEqual([0, 0]);
  });

  test('one vote is enough for a majority', () => {
    expect(tally(['a', 'b'], { b: 1 }).majority).toBe('b');
  });

  test('rows follow the order of the options shown; votes for other ids are ignored', () => {
    const t = tally(['b', 'a'], { a: 1, b: 2, verborgen: 50 });
    expect(t.rows.map((r) => r.optionId)).toEqual(['b', 'a']);
    expect(t.total).toBe(3);
  });

  test('stored counts that are not clean numbers count as cleaned', () => {
    const t = tally(['a', 'b'], { a: -4, b: 2.7 } as Record<string, number>);
    expect(t.rows.map((r) => r.count)).toEqual([0, 2]);
  });
});

describe('percentages', () => {
  test('add up to exactly 100 with thirds', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
  });

  test('add up to 100 for an uneven spread', () => {
    const p = percentages([3, 7, 2, 1]);
    expect(p.reduce((a, b) => a + b, 0)).toBe(100);
    expect(p).toEqual([23, 54, 15, 8]);
  });

  test('are all 0 without votes', () => {
    expect(percentages([0, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe('cleanCount', () => {
  test('keeps whole numbers from 0 to the maximum', () => {
    expect(cleanCount(12)).toBe(12);
    expect(cleanCount('7')).toBe(7);
    expect(cleanCount(' 3 ')).toBe(3);
  });

  test('turns anything unreadable or negative into 0 and caps typos', () => {
    expect(cleanCount('')).toBe(0);
    expect(cleanCount('twee')).toBe(0);
    expect(cleanCount(-2)).toBe(0);
    expect(cleanCount(Number.NaN)).toBe(0);
    expect(cleanCount(null)).toBe(0);
    expect(cleanCount(4.9)).toBe(4);
    expect(cleanCount(10_000)).toBe(MAX_VOTES);
  });
});

test('options are called A, B, C in the room', () => {
  expect([0, 1, 2, 25].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z']);
  expect(optionLetter(26)).toBe('A2');
});
