/**
 * Token buckets for the relay's rate limits (per connection, and join attempts per address).
 * Pure: the caller passes the time. Buckets of addresses are kept only as long as they are not
 * full again, and only in memory: an address is never written anywhere.
 */

export interface Bucket {
  tokens: number;
  at: number;
}

export interface BucketRule {
  burst: number;
  perSecond: number;
}

/** Takes one token from the bucket if there is one; returns whether the message may pass. */
export function take(bucket: Bucket, rule: BucketRule, now: number): boolean {
  const refill = ((now - bucket.at) / 1000) * rule.perSecond;
  bucket.tokens = Math.min(rule.burst, bucket.tokens + Math.max(0, refill));
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export function fullBucket(rule: BucketRule, now: number): Bucket {
  return { tokens: rule.burst, at: now };
}

/** Buckets by key (an address), forgetting those that have refilled. */
export class BucketMap {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly rule: BucketRule) {}

  take(key: string, now: number): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = fullBucket(this.rule, now);
      this.buckets.set(key, bucket);
    }
    return take(bucket, this.rule, now);
  }

  /** Drops buckets that are full again (nothing to remember); returns how many are left. */
  sweep(now: number): number {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.rule.perSecond >= this.rule.burst) this.buckets.delete(key);
    }
    return this.buckets.size;
  }

  get size(): number {
    return this.buckets.size;
  }
}
