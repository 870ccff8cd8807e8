import { TokenBucketLimiter } from './rate-limiter';

describe('TokenBucketLimiter', () => {
  it('allows a burst, then one request per refill interval, per key, and says when to retry', () => {
    const limiter = new TokenBucketLimiter();
    const limit = { perMinute: 60, burst: 3 };
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('a', limit, t0).allowed)).toEqual([true, true, true]);
    expect(limiter.take('a', limit, t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b', limit, t0).allowed).toBe(true);
    expect(limiter.take('a', limit, t0 + 1000).allowed).toBe(true);
    expect(limiter.take('a', limit, t0 + 1000).allowed).toBe(false);
    // Never more than the burst after a long quiet spell.
    expect([1, 2, 3, 4].map(() => limiter.take('a', limit, t0 + 3_600_000).allowed)).toEqual([true, true, true, false]);
  });

  it('keeps a bounded number of keys', () => {
    const limiter = new TokenBucketLimiter(10);
    for (let i = 0; i < 100; i++) limiter.take(`k${i}`, { perMinute: 1, burst: 1 }, 0);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10);
  });
});
