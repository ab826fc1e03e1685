import { describe, expect, it } from 'vitest';
import { BucketMap, fullBucket, take } from '~/engine/live/rate-limit';

describe('rate limits', () => {
  it('lets a burst through, then one per refill', () => {
    const rule = { burst: 3, perSecond: 1 };
    const b = fullBucket(rule, 0);
    expect([take(b, rule, 0), take(b, rule, 0), take(b, rule, 0), take(b, rule, 0)]).toEqual([true, true, true, false]);
    expect(take(b, rule, 500)).toBe(false);
    expect(take(b, rule, 1000)).toBe(true);
  });
  it('keeps addresses apart and forgets refilled ones', () => {
    const map = new BucketMap({ burst: 1, perSecond: 1 });
    expect(map.take('x', 0)).toBe(true);
    expect(map.take('x', 0)).toBe(false);
    expect(map.take('y', 0)).toBe(true);
    expect(map.sweep(500)).toBe(2);
    expect(map.sweep(1000)).toBe(0);
  });
});
