import { IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import type { PortalLinkState } from '@birge/shared-reference';

export class RegistryUnavailableError extends Error {}

export interface PortalLinkVerifierOptions {
  registryUrl: string;
  internalSecret: string;
  timeoutMs: number;
  fetcher?: typeof fetch;
}

const STATE = 'query PortalLinkState($id: ID!) { _portalLinkState(linkId: $id) }';
const STATES: readonly PortalLinkState[] = ['ACTIVE', 'REVOKED', 'EXPIRED', 'UNKNOWN'];

/**
 * Whether an organization's portal link still opens the portal, from the registry that keeps the
 * links (an internal field only the gateway's own signed calls may use), asked on every use and
 * never kept: a link staff revoke, or the contact's unsubscribing, is refused at once by every
 * subgraph, whichever gateway instance the next request reaches. The question is one primary-key
 * read, and a link makes few requests (PORTAL_RATE_LIMIT_PER_MINUTE), so nothing is worth caching.
 */
export class PortalLinkVerifier {
  constructor(private readonly options: PortalLinkVerifierOptions) {}

  async state(linkId: string): Promise<PortalLinkState> {
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
