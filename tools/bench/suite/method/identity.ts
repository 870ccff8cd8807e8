/**
 * Who the benchmark calls as: a republican administrator. Through the gateway with an access token
 * signed with the run's JWT_SECRET; straight to a subgraph with the gateway's signed identity
 * header, as the gateway would send it.
 */
import { IDENTITY_HEADER, signAccessToken, signIdentity } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';

export const BENCH_IDENTITY: Identity = { userId: '00000000-0000-7000-8000-00000000be4c', role: Role.REPUBLICAN_ADMIN, regionCode: null };

export interface Secrets {
  internalSecret: string;
  jwtSecret: string;
}

/** Headers of a GraphQL call to the gateway as the benchmark's administrator (valid for a day). */
export async function gatewayHeaders(secrets: Secrets): Promise<Record<string, string>> {
  const { token } = await Promise.resolve(signAccessToken(BENCH_IDENTITY, secrets.jwtSecret, Date.now(), 24 * 3600));
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/**
 * Headers of a call straight to a subgraph. The signature is timestamped: sign again for each
 * load run (a run is much shorter than the signature's window).
 */
export function subgraphHeaders(secrets: Secrets): Record<string, string> {
  return { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(BENCH_IDENTITY, secrets.internalSecret) };
}
