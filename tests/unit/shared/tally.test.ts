import { describe, expect, test } from 'vitest';
import { tally } from '../../../src/engine/shared';

describe('tally', () => {
  test('counts the items that pass, out of all, as a whole percentage rounded down', () => {
    expect(tally([true, true, false], (x) => x, 0)).toEqual({ count: 2, total: 3, percent: 66 });
  });

  test('999 of 1000 is 99%, never rounded up to 100%', () => {
    expect(tally(Array.from({ length: 1000 }, (_, i) => i > 0), (x) => x, 0).percent).toBe(99);
  });

  test('an empty list gives the percentage the caller says', () => {
    expect(tally([], () => true, 0)).toEqual({ count: 0, total: 0, percent: 0 });
    expect(tally([], () => true, 100)).toEqual({ count: 0, total: 0, percent: 100 });
  });
});
