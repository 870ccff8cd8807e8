import { IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';

/** Who the rebuild reads as: a republican analyst, who reads every region and no personal data. */
const REBUILD_IDENTITY: Identity = { userId: 'analytics-rebuild', role: Role.ANALYST, regionCode: null };

/**
 * Calls an owning subgraph's GraphQL API the way the gateway does (the identity signed with the
 * shared INTERNAL_SECRET): the rebuild reads the registry and assistance through their APIs, never
 * their tables.
 */
export class SourceApiClient {
  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(REBUILD_IDENTITY, this.secret) },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`${this.url} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    }
    return body.data;
  }
}
