import { AnswerCache, type AnswerCacheOptions } from './answer-cache';
import { askIdentity, IdentityUnavailableError, type IdentityClientOptions } from './identity-client';

/** What the identity service says about a key, as the gateway keeps it. */
export type ApiKeyCheck = { valid: true; keyId: string; scopes: string[]; rateLimitPerMinute: number | null } | { valid: false; reason: 'UNKNOWN_KEY' | 'REVOKED' | 'EXPIRED' };

/** Where the identity service is, and how long its answers are kept. */
export type ApiKeyVerifierOptions = IdentityClientOptions & AnswerCacheOptions;

const VERIFY = 'query VerifyApiKey($key: String!) { _verifyApiKey(key: $key) { valid reason keyId scopes rateLimitPerMinute } }';

type Verification = { _verifyApiKey?: { valid: boolean; reason: string | null; keyId: string | null; scopes: string[] | null; rateLimitPerMinute: number | null } | null };

/**
 * Verifies API keys with the identity service (an internal field only the gateway's own signed
 * calls may use), each answer, good or bad, kept for a short while (AnswerCache): a revoked key is
 * refused within the cache period; an unreachable identity service is never cached.
 */
export class ApiKeyVerifier {
  private readonly answers: AnswerCache<ApiKeyCheck>;

  constructor(private readonly options: ApiKeyVerifierOptions) {
    this.answers = new AnswerCache(options, (key) => this.ask(key));
  }

  verify(key: string): Promise<ApiKeyCheck> {
    return this.answers.get(key);
  }

  /** Forgets every answer (tests, or after an incident). */
  clear(): void {
    this.answers.clear();
  }

  private async ask(key: string): Promise<ApiKeyCheck> {
    const answer = (await askIdentity<Verification>(this.options, VERIFY, { key }))._verifyApiKey;
    if (!answer) throw new IdentityUnavailableError('the identity service gave no answer about the key');
    if (answer.valid && answer.keyId && answer.scopes) {
      return { valid: true, keyId: answer.keyId, scopes: answer.scopes, rateLimitPerMinute: answer.rateLimitPerMinute };
    }
    const reason = answer.reason === 'REVOKED' || answer.reason === 'EXPIRED' ? answer.reason : 'UNKNOWN_KEY';
    return { valid: false, reason };
  }
}
