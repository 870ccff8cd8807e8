import { IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import type { PortalLinkState } from '@birge/shared-reference';
import { AnswerCache, type AnswerCacheOptions } from './answer-cache';

export class RegistryUnavailableError extends Error {}

export interface PortalLinkVerifierOptions extends AnswerCacheOptions {
  registryUrl: string;
  internalSecret: string;
  timeoutMs: number;
  fetcher?: typeof fetch;
}

const STATE = 'query PortalLinkState($id: ID!) { _portalLinkState(linkId: $id) }';
const STATES: readonly PortalLinkState[] = ['ACTIVE', 'REVOKED', 'EXPIRED', 'UNKNOWN'];

/**
 * Whether an organization's portal link still opens the portal, from the registry that keeps the
 * links (an internal field only the gateway's own signed calls may use), each answer kept for a
 * short while: a link staff revoke, or the contact's unsubscribing, stops it within that period
 * for every subgraph; the registry's own portal operations check the link again at once.
 */
export class PortalLinkVerifier {
  private readonly answers: AnswerCache<PortalLinkState>;

  constructor(private readonly options: PortalLinkVerifierOptions) {
    this.answers = new AnswerCache(options, (linkId) => this.ask(linkId));
  }

  state(linkId: string): Promise<PortalLinkState> {
    return this.answers.get(linkId);
  }

  private async ask(linkId: string): Promise<PortalLinkState> {
    const fetcher = this.options.fetcher ?? fetch;
    let body: { data?: { _portalLinkState?: unknown } | null };
    try {
      const response = await fetcher(this.options.registryUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(null, this.options.internalSecret, Date.now(), 'gateway') },
        body: JSON.stringify({ query: STATE, variables: { id: linkId } }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new RegistryUnavailableError(error instanceof Error ? error.message : String(error));
    }
    const state = body.data?._portalLinkState;
    if (!STATES.includes(state as PortalLinkState)) throw new RegistryUnavailableError('the registry gave no answer about the portal link');
    return state as PortalLinkState;
  }
}
