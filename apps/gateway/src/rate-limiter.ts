export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  perMinute: number;
  /** How many requests may come at once after a quiet spell (the bucket's size). */
  burst: number;
}

/**
 * A token bucket per key, in this process's memory: each key's bucket holds up to `burst`
 * tokens and refills at `perMinute / 60` a second; a request takes one. With several gateway
 * replicas each keeps its own buckets, so the effective limit is multiplied by the number of
 * replicas: a shared store (e.g. Redis or PostgreSQL) is needed to hold one limit across them.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly maxKeys = 50_000) {}

  take(key: string, limit: RateLimit, now: number = Date.now()): RateDecision {
    const rate = limit.perMinute / 60_000;
    const capacity = Math.max(1, limit.burst);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * rate);
    bucket.at = now;
    if (!this.buckets.has(key)) this.evictIfFull(now, rate, capacity);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000)) };
  }

  private evictIfFull(now: number, rate: number, capacity: number): void {
    if (this.buckets.size < this.maxKeys) return;
    // Buckets that have refilled completely carry no state worth keeping.
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * rate >= capacity) this.buckets.delete(key);
    }
    if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}
