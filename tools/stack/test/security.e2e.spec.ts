import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(180_000);

const ASTANA = '710000000';
const CREATE_ORGANIZATION = 'mutation Register($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const AUDIT_LOG = `query($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 100) { edges { node { service userId role keyId operation operationName targetIds outcome } } }
}`;

interface AuditNode {
  service: string;
  userId: string | null;
  role: string | null;
  keyId: string | null;
  operation: string;
  operationName: string | null;
  targetIds: string[];
  outcome: string;
}

/** Partner keys and the audit log with every service running, through the gateway only. */
describe('partner keys and the audit log, end to end', () => {
  let stack: RunningStack;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test', API_KEY_CACHE_SECONDS: '1', SESSION_CHECK_CACHE_SECONDS: '1' } });
    // No token: the development identity (a republican administrator) in test.
    admin = new GraphQLTestClient(stack.gatewayUrl, { identity: null });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] } };
  };

  it('records allowed and refused mutations of the registry and of the gateway, and lets partners read with a key until it is revoked', async () => {
    const input = { name: 'Аудит жастары', kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['BILIM'] };
    const created = await admin.data<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, { input });
    const refused = await admin.request(CREATE_ORGANIZATION, { input: { ...input, name: '' } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unauthenticated = await post(CREATE_ORGANIZATION, { input }, { authorization: 'Bearer not-a-token' });
    expect(unauthenticated.status).toBe(401);

    const key = await admin.data<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
      { input: { name: 'Qazvolunteer.kz (test)', scopes: ['registry:read'], expiresAt: new Date(Date.now() + 7 * 86400_000).toISOString() } },
    );
    const partnerHeaders = { 'x-api-key': key.createApiKey.secret };
    const read = await post('{ regions { code } }', {}, partnerHeaders);
    expect(read.status).toBe(200);
    expect((read.body.data?.regions as unknown[]).length).toBe(20);
    const write = await post(CREATE_ORGANIZATION, { input }, partnerHeaders);
    expect(write.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' });

    const entries = await eventually(async () => {
      const log = await admin.data<{ auditLog: { edges: { node: AuditNode }[] } }>(AUDIT_LOG, { filter: { operation: 'createOrganization' } });
      const nodes = log.auditLog.edges.map((e) => e.node);
      return nodes.length >= 4 ? nodes : undefined;
    }, 30_000);
    const summary = entries.map(({ service, role, keyId, outcome, targetIds }) => ({ service, role, keyId, outcome, targetIds }));
    expect(summary).toEqual(
      expect.arrayContaining([
        { service: 'registry', role: 'REPUBLICAN_ADMIN', keyId: null, outcome: 'OK', targetIds: [created.createOrganization.id] },
        { service: 'registry', role: 'REPUBLICAN_ADMIN', keyId: null, outcome: 'BAD_USER_INPUT', targetIds: [] },
        { service: 'gateway', role: null, keyId: null, outcome: 'UNAUTHENTICATED', targetIds: [] },
        { service: 'gateway', role: 'PARTNER', keyId: key.createApiKey.apiKey.id, outcome: 'FORBIDDEN', targetIds: [] },
      ]),
    );
    expect(entries.every((entry) => entry.operationName === 'Register')).toBe(true);

    await admin.data('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.createApiKey.apiKey.id });
    const revoked = await eventually(async () => {
      const result = await post('{ regions { code } }', {}, partnerHeaders);
      return result.status === 401 ? result : undefined;
    }, 5_000);
    expect(revoked.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });
    const used = await admin.data<{ apiKeys: { edges: { node: { id: string; lastUsedAt: string | null; active: boolean } }[] } }>(
      '{ apiKeys { edges { node { id lastUsedAt active } } } }',
    );
    expect(used.apiKeys.edges.find((e) => e.node.id === key.createApiKey.apiKey.id)?.node).toMatchObject({ active: false, lastUsedAt: expect.any(String) });
  });

  it('refuses the access token of a sign-in once it is signed out', async () => {
    const password = 'signed-out-staff-password';
    await admin.data('mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }', {
      input: { email: 'signed.out@birge.kz', name: 'Signed-out staff', role: 'REGIONAL_STAFF', regionCode: ASTANA, password },
    });
    const signIn = await post(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }',
      { email: 'signed.out@birge.kz', password },
      {},
    );
    const { accessToken, refreshToken } = signIn.body.data?.login as { accessToken: string; refreshToken: string };
    const bearer = { authorization: `Bearer ${accessToken}` };
    const me = await post('{ me { email } }', {}, bearer);
    expect(me.body.data?.me).toEqual({ email: 'signed.out@birge.kz' });

    expect((await post('mutation($t: String!) { logout(refreshToken: $t) }', { t: refreshToken }, bearer)).body.data?.logout).toBe(true);
    // Within the gateway's short cache of the answer (1 s here, 10 s by default) the token stops working.
    const refused = await eventually(async () => {
      const result = await post('{ me { email } }', {}, bearer);
      return result.status === 401 ? result : undefined;
    }, 10_000);
    expect(refused.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  });
});
