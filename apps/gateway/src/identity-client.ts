import { IDENTITY_HEADER, signIdentity } from '@birge/server-kit';

export class IdentityUnavailableError extends Error {}

export interface IdentityClientOptions {
  identityUrl: string;
  internalSecret: string;
  timeoutMs: number;
  fetcher?: typeof fetch;
}

/**
 * Asks the identity service one of its internal fields, as the gateway (a signed call no forwarded
 * caller can make), and gives back `data`. An unreachable service, a timeout or an answer without
 * data is IdentityUnavailableError.
 */
export async function askIdentity<T>(options: IdentityClientOptions, query: string, variables: Record<string, unknown>): Promise<T> {
  const fetcher = options.fetcher ?? fetch;
  let body: { data?: T | null };
  try {
    const response = await fetcher(options.identityUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(null, options.internalSecret, Date.now(), 'gateway') },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new IdentityUnavailableError(error instanceof Error ? error.message : String(error));
  }
  if (!body.data) throw new IdentityUnavailableError('the identity service gave no answer');
  return body.data;
}
