import { signIdentity, IDENTITY_HEADER } from '@birge/server-kit';

/** What the identity service says about a key, as the gateway keeps it. */
export type ApiKeyCheck =
  | { valid: true; keyId: string; scopes: string[]; rateLimitPerMinute: number | null }
  | { valid: false; reason: 'UNKNOWN_KEY' | 'REVOKED' | 'EXPIRED' };

export class IdentityUnavailableError extends Error {}

export interface ApiKeyVerifierOptions {
  identityUrl: string;
  internalSecret: string;
  /** How long an answer is reused (at most 30 s), so a revocation takes effect within it. */
  cacheMs: number;
  timeoutMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries?: number;
  fetcher?: typeof fetch;
}

const VERIFY = 'query VerifyApiKey($key: String!) { _verifyApiKey(key: $key) { valid reason keyId scopes rateLimitPerMinute } }';

/**
 * Verifies API keys with the identity service (an internal field only the gateway's own signed
 * calls may use) and keeps each answer, good or bad, for a short while: a key costs one round
 * trip per cache period, concurrent requests with the same key share one, and a revoked key is
 * refused within the cache period. An unreachable identity service is never cached.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { check: ApiKeyCheck; until: number }>();
  private readonly pending = new Map<string, Promise<ApiKeyCheck>>();

  constructor(private readonly options: ApiKeyVerifierOptions) {}

  async verify(key: string, now: number = Date.now()): Promise<ApiKeyCheck> {
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.check;
    if (cached) this.cache.delete(key);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.ask(key).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const check = await pending;
    this.remember(key, check, now);
    return check;
  }

  /** Forgets every answer (tests, or after an incident). */
  clear(): void {
    this.cache.clear();
  }

  private remember(key: string, check: ApiKeyCheck, now: number): void {
    if (this.options.cacheMs <= 0) return;
    const max = this.options.maxEntries ?? 10_000;
    while (this.cache.size >= max) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    this.cache.set(key, { check, until: now + this.options.cacheMs });
  }

  private async ask(key: string): Promise<ApiKeyCheck> {
    const fetcher = this.options.fetcher ?? fetch;
    let body: { data?: { _verifyApiKey?: { valid: boolean; reason: string | null; keyId: string | null; scopes: string[] | null; rateLimitPerMinute: number | null } } };
    try {
      const response = await fetcher(this.options.identityUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(null, this.options.internalSecret, Date.now(), 'gateway') },
        body: JSON.stringify({ query: VERIFY, variables: { key } }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new IdentityUnavailableError(error instanceof Error ? error.message : String(error));
    }
    const answer = body.data?._verifyApiKey;
    if (!answer) throw new IdentityUnavailableError('the identity service gave no answer about the key');
    if (answer.valid && answer.keyId && answer.scopes) {
      return { valid: true, keyId: answer.keyId, scopes: answer.scopes, rateLimitPerMinute: answer.rateLimitPerMinute };
    }
    const reason = answer.reason === 'REVOKED' || answer.reason === 'EXPIRED' ? answer.reason : 'UNKNOWN_KEY';
    return { valid: false, reason };
  }
}
