import { LRUCache } from 'lru-cache';

export interface AnswerCacheOptions {
  /** How long an answer is reused (at most 30 s in the gateway's settings): a changed answer is seen within it. 0: not kept. */
  cacheMs: number;
  /** Entries kept at most; the least recently used go first (10,000 when not given). */
  maxEntries?: number;
}

/**
 * Answers about keys (API keys, sign-in sessions) from another service, each kept for a while
 * (`lru-cache` with a time to live): a key costs one question per cache period, concurrent requests
 * with the same key share one (the cache's `fetch`), and a changed answer (a revoked key, an ended
 * session) is seen within the period. A question that fails (the service unreachable) is never kept.
 */
export class AnswerCache<T extends NonNullable<unknown>> {
  private readonly cache: LRUCache<string, T>;

  constructor(options: AnswerCacheOptions, ask: (key: string) => Promise<T>) {
    this.cache = new LRUCache<string, T>({
      max: options.maxEntries ?? 10_000,
      // lru-cache reads a ttl of 0 as "for ever": a cache period of 0 keeps an answer for 1 ms,
      // just long enough for the requests waiting on the same question to share it.
      ttl: Math.max(1, options.cacheMs),
      ttlAutopurge: false,
      fetchMethod: (key) => ask(key),
    });
  }

  async get(key: string): Promise<T> {
    const answer = await this.cache.fetch(key);
    if (answer === undefined) throw new Error(`no answer for ${key}`);
    return answer;
  }

  /** Forgets every answer (tests, or after an incident). */
  clear(): void {
    this.cache.clear();
  }
}
