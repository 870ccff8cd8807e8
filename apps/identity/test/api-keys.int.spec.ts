import { GraphQLTestClient } from '@birge/server-testing';
import { Role } from '@birge/shared-reference';
import { ASTANA, startIdentity, type IdentityHarness } from './support';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scopes expiresAt revokedAt lastUsedAt active rateLimitPerMinute } }
}`;
const VERIFY = `query($key: String!) { _verifyApiKey(key: $key) { valid reason keyId scopes rateLimitPerMinute } }`;

interface Created {
  createApiKey: {
    secret: string;
    apiKey: { id: string; name: string; prefix: string; scopes: string[]; revokedAt: string | null; lastUsedAt: string | null; active: boolean; rateLimitPerMinute: number | null };
  };
}
interface Verified {
  _verifyApiKey: { valid: boolean; reason: string | null; keyId: string | null; scopes: string[] | null; rateLimitPerMinute: number | null };
}

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

describe('partner API keys', () => {
  let h: IdentityHarness;
  let gateway: GraphQLTestClient;

  beforeAll(async () => {
    h = await startIdentity();
    gateway = new GraphQLTestClient(h.subgraph.url, { identity: null, internalCaller: 'gateway' });
  });
  afterAll(() => h?.stop());

  const create = (input: Record<string, unknown>) => h.admin.request<Created>(CREATE_KEY, { input });
  const created = async (input: Record<string, unknown>) => (await h.admin.data<Created>(CREATE_KEY, { input })).createApiKey;

  it('are created by a republican administrator with scopes and an expiry; the secret is shown once and stored only as a hash', async () => {
    const { secret, apiKey } = await created({ name: 'Qazvolunteer.kz', scopes: ['registry:read', 'analytics:read'], expiresAt: inDays(90), rateLimitPerMinute: 600 });
    expect(secret).toMatch(/^bgk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({
      name: 'Qazvolunteer.kz',
      scopes: ['registry:read', 'analytics:read'],
      active: true,
      revokedAt: null,
      lastUsedAt: null,
      rateLimitPerMinute: 600,
    });
    const [row] = await h.subgraph.dataSource.query(`SELECT * FROM identity.api_key WHERE id = $1`, [apiKey.id]);
    expect(JSON.stringify(row)).not.toContain(secret.slice(17));
    const listed = await h.admin.data<{ apiKeys: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>('{ apiKeys { totalCount edges { node { id prefix } } } }');
    expect(listed.apiKeys.edges.map((e) => e.node.id)).toContain(apiKey.id);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('refuse unknown scopes, past or too distant expiries, and a short name, field by field', async () => {
    const result = await create({ name: 'x', scopes: ['registry:read', 'identity:admin'], expiresAt: inDays(-1) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.code).sort()).toEqual(['IN_THE_PAST', 'LENGTH', 'UNKNOWN_SCOPE']);
    const late = await create({ name: 'Partner', scopes: ['registry:read'], expiresAt: inDays(400) });
    expect(late.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['TOO_LATE']);
  });

  it('are managed by republican administrators only', async () => {
    for (const identity of [
      { userId: 'a', role: Role.ANALYST, regionCode: null },
      { userId: 's', role: Role.REGIONAL_STAFF, regionCode: ASTANA },
      { userId: 'p', role: Role.PARTNER, regionCode: null, scopes: ['registry:write'], keyId: 'k' },
    ]) {
      const result = await h.as(identity).request(CREATE_KEY, { input: { name: 'Mine', scopes: ['registry:read'], expiresAt: inDays(5) } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await h.as(identity).request('{ apiKeys { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await h.anonymous.request('{ apiKeys { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('verify for the gateway only: valid keys give their scopes and record the use; revoked, expired and wrong secrets do not', async () => {
    const { secret, apiKey } = await created({ name: 'NVN', scopes: ['registry:read'], expiresAt: inDays(30) });
    const ok = await gateway.data<Verified>(VERIFY, { key: secret });
    expect(ok._verifyApiKey).toEqual({ valid: true, reason: null, keyId: apiKey.id, scopes: ['registry:read'], rateLimitPerMinute: null });
    const [used] = await h.subgraph.dataSource.query(`SELECT last_used_at FROM identity.api_key WHERE id = $1`, [apiKey.id]);
    expect(used.last_used_at).not.toBeNull();

    const wrongSecret = `${secret.slice(0, 17)}${'A'.repeat(43)}`;
    expect((await gateway.data<Verified>(VERIFY, { key: wrongSecret }))._verifyApiKey).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY', keyId: null });
    expect((await gateway.data<Verified>(VERIFY, { key: 'garbage' }))._verifyApiKey).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });

    // Anyone but the gateway's own signed call is refused, administrators included.
    expect((await h.admin.request(VERIFY, { key: secret })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.anonymous.request(VERIFY, { key: secret })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const revoked = await h.admin.data<{ revokeApiKey: { active: boolean; revokedAt: string | null } }>(`mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }`, {
      id: apiKey.id,
    });
    expect(revoked.revokeApiKey.active).toBe(false);
    expect(revoked.revokeApiKey.revokedAt).not.toBeNull();
    expect((await gateway.data<Verified>(VERIFY, { key: secret }))._verifyApiKey).toMatchObject({ valid: false, reason: 'REVOKED' });

    const expiring = await created({ name: 'Short-lived', scopes: ['analytics:read'], expiresAt: inDays(1) });
    await h.subgraph.dataSource.query(`UPDATE identity.api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.apiKey.id]);
    expect((await gateway.data<Verified>(VERIFY, { key: expiring.secret }))._verifyApiKey).toMatchObject({ valid: false, reason: 'EXPIRED' });
  });

  it('revoking an unknown key is NOT_FOUND', async () => {
    const result = await h.admin.request(`mutation { revokeApiKey(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
