export interface AnswerCacheOptions {
  /** How long an answer is reused (at most 30 s in the gateway's settings): a changed answer is seen within it. */
  cacheMs: number;
  /** Entries kept at most; the oldest go first (10,000 when not given). */
  maxEntries?: number;
}

/**
 * Answers about keys (API keys, sign-in sessions) from another service, each kept for a while: a
 * key costs one question per cache period, concurrent requests with the same key share one, and
 * a changed answer (a revoked key, an ended session) is seen within the period. A question that
 * fails (the service unreachable) is never kept.
 */
export class AnswerCache<T> {
  private readonly cache = new Map<string, { answer: T; until: number }>();
  private readonly pending = new Map<string, Promise<T>>();

  constructor(
    private readonly options: AnswerCacheOptions,
    private readonly ask: (key: string) => Promise<T>,
  ) {}

  async get(key: string, now: number = Date.now()): Promise<T> {
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.answer;
    if (cached) this.cache.delete(key);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.ask(key).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const answer = await pending;
    this.remember(key, answer, now);
    return answer;
  }

  /** Forgets every answer (tests, or after an incident). */
  clear(): void {
    this.cache.clear();
  }

  private remember(key: string, answer: T, now: number): void {
    if (this.options.cacheMs <= 0) return;
    const max = this.options.maxEntries ?? 10_000;
    while (this.cache.size >= max) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    this.cache.set(key, { answer, until: now + this.options.cacheMs });
  }
}
