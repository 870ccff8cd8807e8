import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import type { IdentityServices } from '../src/identity.context';
import { identitySubgraph } from '../src/identity.subgraph';

export const JWT_SECRET = 'identity-test-jwt-secret-at-least-32-chars';
export const ASTANA = '710000000';

export interface IdentityHarness {
  db: TestDatabase;
  subgraph: RunningSubgraph<IdentityServices>;
  /** Signed as a republican administrator through the gateway (with no account behind it). */
  admin: GraphQLTestClient;
  /** Signed as an anonymous caller through the gateway. */
  anonymous: GraphQLTestClient;
  as(identity: Identity): GraphQLTestClient;
  stop(): Promise<void>;
}

export async function startIdentity(): Promise<IdentityHarness> {
  const db = await createTestDatabase();
  const subgraph = await startSubgraph(identitySubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', JWT_SECRET });
  return {
    db,
    subgraph,
    admin: new GraphQLTestClient(subgraph.url, { identity: { userId: 'bootstrap-admin', role: Role.REPUBLICAN_ADMIN, regionCode: null } }),
    anonymous: new GraphQLTestClient(subgraph.url, { identity: null }),
    as: (identity) => new GraphQLTestClient(subgraph.url, { identity }),
    stop: async () => {
      await subgraph.stop();
      await db.drop();
    },
  };
}

export const CREATE = `mutation Create($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { id email name role region { code } active }
}`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt refreshToken refreshTokenExpiresAt account { id email role region { code } } }
}`;

export interface LoginResult {
  login: {
    accessToken: string;
    expiresAt: string;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    account: { id: string; email: string; role: string; region: { code: string } | null };
  };
}
