import { GraphQLTestClient } from '@birge/server-testing';
import { API_KEY_SCOPES } from '@birge/shared-reference';
import { seedDemoAccounts } from '../../src/demo-accounts';
import { signIn } from '../../src/gateway-client';
import { PortalFixtures } from './portal-fixtures';

/**
 * Who calls, in the matrix. Regional staff appear twice: acting on a record of their own region
 * and on one of another region. `portal` is an organization's contact with a portal link.
 */
export const CALLERS = ['admin', 'staffOwn', 'staffOther', 'analyst', 'partnerRead', 'partnerWrite', 'partnerNarrow', 'anonymous', 'portal'] as const;
export type Caller = (typeof CALLERS)[number];

/** The region the demo regional staff member works in (Astana) and another one (Almaty). */
export const OWN_REGION = '710000000';
export const OTHER_REGION = '750000000';

export type Clients = Record<Exclude<Caller, 'staffOwn' | 'staffOther'> | 'staff', GraphQLTestClient>;

const gatewayClient = (url: string, headers: Record<string, string> = {}) => new GraphQLTestClient(url, { unsigned: true, headers });

async function login(url: string, email: string, password: string): Promise<GraphQLTestClient> {
  return gatewayClient(url, { authorization: `Bearer ${await signIn(url, email, password)}` });
}

/**
 * Real credentials for every caller, through the gateway only: the demo accounts signed in with
 * their passwords, and partner keys created by the admin with the scopes each partner needs.
 */
export interface SignedInCallers {
  clients: Clients;
  /** The demo administrator's credentials, for cases that sign in themselves. */
  adminCredentials: { email: string; password: string };
}

export async function signInCallers(gatewayUrl: string, databaseUrl: string): Promise<SignedInCallers> {
  const accounts = await seedDemoAccounts(databaseUrl);
  const account = (role: string) => {
    const found = accounts.find((a) => a.role === role && (role !== 'REGIONAL_STAFF' || a.regionCode === OWN_REGION));
    if (!found) throw new Error(`no demo account for ${role}`);
    return found;
  };
  const [admin, staff, analyst] = await Promise.all(
    ['REPUBLICAN_ADMIN', 'REGIONAL_STAFF', 'ANALYST'].map((role) => login(gatewayUrl, account(role).email, account(role).password)),
  );
  const key = async (name: string, scopes: string[]) => {
    const created = await admin.data<{ createApiKey: { secret: string } }>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
      input: { name, scopes, expiresAt: new Date(Date.now() + 86_400_000).toISOString(), rateLimitPerMinute: 10_000 },
    });
    return gatewayClient(gatewayUrl, { authorization: `ApiKey ${created.createApiKey.secret}` });
  };
  const readScopes = API_KEY_SCOPES.filter((scope) => scope.endsWith(':read'));
  const writeScopes = API_KEY_SCOPES.filter((scope) => scope.endsWith(':write') || scope === 'analytics:read');
  const clients: Clients = {
    admin,
    staff,
    analyst,
    partnerRead: await key('Matrix partner (read)', readScopes),
    partnerWrite: await key('Matrix partner (write)', writeScopes),
    partnerNarrow: await key('Matrix partner (analytics only)', ['analytics:read']),
    anonymous: gatewayClient(gatewayUrl),
    portal: (await new PortalFixtures(gatewayUrl, admin).portalLink(OWN_REGION)).client,
  };
  const demoAdmin = account('REPUBLICAN_ADMIN');
  return { clients, adminCredentials: { email: demoAdmin.email, password: demoAdmin.password } };
}

export function clientFor(clients: Clients, caller: Caller): GraphQLTestClient {
  return caller === 'staffOwn' || caller === 'staffOther' ? clients.staff : clients[caller];
}
