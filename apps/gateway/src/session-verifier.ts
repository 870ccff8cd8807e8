import { AnswerCache, type AnswerCacheOptions } from './answer-cache';
import { askIdentity, IdentityUnavailableError, type IdentityClientOptions } from './identity-client';

/** Where the identity service is, and how long its answers are kept. */
export type SessionVerifierOptions = IdentityClientOptions & AnswerCacheOptions;

const ACTIVE = 'query SessionActive($id: ID!) { _sessionActive(sessionId: $id) }';

/**
 * Whether the sign-in an access token was issued for still goes on, from the identity service
 * (an internal field only the gateway's own signed calls may use), each answer kept for a short
 * while (AnswerCache). Signing out, a detected refresh-token reuse or a deactivated account thus
 * stop the sign-in's access tokens within the cache period instead of when they run out.
 */
export class SessionVerifier {
  private readonly answers: AnswerCache<boolean>;

  constructor(private readonly options: SessionVerifierOptions) {
    this.answers = new AnswerCache(options, (sessionId) => this.ask(sessionId));
  }

  active(sessionId: string): Promise<boolean> {
    return this.answers.get(sessionId);
  }

  private async ask(sessionId: string): Promise<boolean> {
    const answer = (await askIdentity<{ _sessionActive?: boolean | null }>(this.options, ACTIVE, { id: sessionId }))._sessionActive;
    if (typeof answer !== 'boolean') throw new IdentityUnavailableError('the identity service gave no answer about the session');
    return answer;
  }
}
