import { IDENTITY_HEADER, signAccessToken, verifyGatewaySignature } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { NOWHERE, post, startRegionsRegistry, startStandIn, testGateways, type StandIn } from './support/stand-ins';

const INTERNAL_SECRET = 'gateway-partner-test-internal-secret';
const JWT_SECRET = 'gateway-partner-test-jwt-secret-32-chars';

const READER = `bgk_${'a'.repeat(12)}_${'r'.repeat(43)}`;
const WRITER = `bgk_${'b'.repeat(12)}_${'w'.repeat(43)}`;
const REVOKED = `bgk_${'c'.repeat(12)}_${'x'.repeat(43)}`;

interface Answer {
  valid: boolean;
  reason: string | null;
  keyId: string | null;
  scopes: string[] | null;
  rateLimitPerMinute: number | null;
}
const valid = (keyId: string, scopes: string[], rateLimitPerMinute: number | null = null): Answer => ({ valid: true, reason: null, keyId, scopes, rateLimitPerMinute });

/**
 * Partners through the gateway, with stand-ins for the identity service (which verifies keys
 * and takes the gateway's audit records) and the registry (which records what it was sent).
 */
describe('partners at the gateway', () => {
  let identity: StandIn;
  let registry: StandIn;
  const keys = new Map<string, Answer>();
  let verifyCalls: { key: string; internal: string | undefined }[] = [];
  let audited: Record<string, unknown>[] = [];
  let forwarded: (string | undefined)[] = [];
  const gateways = testGateways(() => ({ INTERNAL_SECRET, JWT_SECRET, DEV_IDENTITY_FALLBACK: 'false', REGISTRY_URL: registry.url, IDENTITY_URL: identity.url }));
  const { start } = gateways;

  beforeAll(async () => {
    identity = await startStandIn(({ query, variables, headers }) => {
      const check = verifyGatewaySignature(headers[IDENTITY_HEADER] as string, INTERNAL_SECRET);
      const internal = check.valid ? check.internalCaller : undefined;
      if (query.includes('_verifyApiKey')) {
        const key = String(variables?.key);
        verifyCalls.push({ key, internal });
        return { data: { _verifyApiKey: keys.get(key) ?? { valid: false, reason: 'UNKNOWN_KEY', keyId: null, scopes: null, rateLimitPerMinute: null } } };
      }
      if (query.includes('_recordGatewayAudit') && internal === 'gateway') {
        const entries = variables?.entries as Record<string, unknown>[];
        audited.push(...entries);
        return { data: { _recordGatewayAudit: entries.length } };
      }
      return { data: null, errors: [{ message: 'unexpected', extensions: { code: 'FORBIDDEN' } }] };
    });
    registry = await startRegionsRegistry((header) => forwarded.push(header));
  });

  afterAll(async () => {
    await gateways.closeAll();
    await Promise.all([identity.close(), registry.close()]);
  }, 120_000);

  beforeEach(() => {
    keys.clear();
    keys.set(READER, valid('key-reader', ['registry:read']));
    keys.set(WRITER, valid('key-writer', ['registry:write', 'analytics:read']));
    keys.set(REVOKED, { valid: false, reason: 'REVOKED', keyId: null, scopes: null, rateLimitPerMinute: null });
    verifyCalls = [];
    audited = [];
    forwarded = [];
  });

  const auditedSoon = async (count: number) => {
    for (let i = 0; i < 60 && audited.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    return audited;
  };
  const CREATE_ORGANIZATION = 'mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
  const organizationInput = { input: { name: 'Жастар', kind: 'INITIATIVE_GROUP', regionCode: '710000000', directions: ['BILIM'], organizationId: 'never-an-id-here' } };

  it('authenticates X-Api-Key and Authorization: ApiKey, and forwards the partner with its scopes and key, signed', async () => {
    const gateway = await start();
    for (const headers of [{ 'x-api-key': READER }, { authorization: `ApiKey ${READER}` }] as Record<string, string>[]) {
      const result = await post(gateway, '{ regions { code } }', headers);
      expect(result.status).toBe(200);
      expect(result.body.data).toEqual({ regions: [{ code: '710000000' }] });
      expect(verifyGatewaySignature(forwarded.at(-1), INTERNAL_SECRET)).toEqual({
        valid: true,
        identity: { userId: 'key-reader', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'key-reader' },
      });
    }
    // One signed internal call to the identity service for both requests: the answer is cached.
    expect(verifyCalls).toEqual([{ key: READER, internal: 'gateway' }]);
  });

  it('refuses unknown, revoked and doubled credentials with UNAUTHENTICATED and a reason, before any subgraph', async () => {
    const gateway = await start();
    for (const [headers, reason] of [
      [{ 'x-api-key': `bgk_${'d'.repeat(12)}_${'n'.repeat(43)}` }, 'INVALID_API_KEY'],
      [{ 'x-api-key': 'not-a-key' }, 'INVALID_API_KEY'],
      [{ 'x-api-key': REVOKED }, 'API_KEY_REVOKED'],
      [
        { 'x-api-key': READER, authorization: `Bearer ${(await signAccessToken({ userId: 'u', role: Role.ANALYST, regionCode: null }, JWT_SECRET)).token}` },
        'AMBIGUOUS_CREDENTIALS',
      ],
    ] as const) {
      const result = await post(gateway, '{ regions { code } }', headers);
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    }
    expect(forwarded).toEqual([]);
  });

  it('stops accepting a revoked key once the short cache runs out', async () => {
    const gateway = await start({ API_KEY_CACHE_SECONDS: '0.3' });
    expect((await post(gateway, '{ regions { code } }', { 'x-api-key': WRITER })).status).toBe(200);
    keys.set(WRITER, { valid: false, reason: 'REVOKED', keyId: null, scopes: null, rateLimitPerMinute: null });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const after = await post(gateway, '{ regions { code } }', { 'x-api-key': WRITER });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0].extensions?.reason).toBe('API_KEY_REVOKED');
  });

  it('limits each key (2 at once, 6 a minute): 429 RATE_LIMITED with retry-after, other keys unaffected, refused mutations audited', async () => {
    const gateway = await start({ API_KEY_RATE_LIMIT_PER_MINUTE: '6', API_KEY_RATE_LIMIT_BURST: '2' });
    expect((await post(gateway, '{ regions { code } }', { 'x-api-key': READER })).status).toBe(200);
    expect((await post(gateway, '{ regions { code } }', { 'x-api-key': READER })).status).toBe(200);
    const limited = await post(gateway, CREATE_ORGANIZATION, { 'x-api-key': READER }, organizationInput);
    expect(limited.status).toBe(429);
    // The burst window is the time 2 requests take to earn at 6 a minute: 20 s.
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect(limited.body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(limited.headers.get('retry-after')) });
    expect((await post(gateway, '{ regions { code } }', { 'x-api-key': WRITER })).status).toBe(200);
    const [entry] = await auditedSoon(1);
    expect(entry).toMatchObject({
      operation: 'createOrganization',
      operationName: 'Create',
      outcome: 'RATE_LIMITED',
      role: 'PARTNER',
      userId: 'key-reader',
      keyId: 'key-reader',
      targetIds: ['never-an-id-here'],
    });
    expect(JSON.stringify(entry)).not.toContain('Жастар');
  });

  it('a key’s own rate limit wins over the gateway default', async () => {
    keys.set(READER, valid('key-reader', ['registry:read'], 1));
    const gateway = await start({ API_KEY_RATE_LIMIT_PER_MINUTE: '1000', API_KEY_RATE_LIMIT_BURST: '1' });
    expect((await post(gateway, '{ regions { code } }', { 'x-api-key': READER })).status).toBe(200);
    const limited = await post(gateway, '{ regions { code } }', { 'x-api-key': READER });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(50);
  });

  it('keeps partners within their scopes: read-only without a write scope, nothing of subgraphs the key does not name', async () => {
    const gateway = await start();
    const me = await post(gateway, '{ regions { code } me { id } }', { 'x-api-key': READER });
    expect(me.status).toBe(403);
    expect(me.body.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_SCOPE',
      fields: ['Query.me', 'StaffAccount.id'],
      requiredScopes: ['identity:read'],
    });
    const write = await post(gateway, CREATE_ORGANIZATION, { 'x-api-key': READER }, organizationInput);
    expect(write.body.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_SCOPE',
      fields: ['Mutation.createOrganization'],
      requiredScopes: ['registry:write'],
    });
    expect(forwarded).toEqual([]);
    const [entry] = await auditedSoon(1);
    expect(entry).toMatchObject({ operation: 'createOrganization', outcome: 'FORBIDDEN', keyId: 'key-reader' });
  });

  it('gives introspection to signed-in callers and partners only; the schema file stays public', async () => {
    const gateway = await start();
    const introspect = '{ __schema { queryType { name } } }';
    const anonymous = await post(gateway, introspect);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_NEEDS_AUTHENTICATION' });
    expect((await post(gateway, '{ __type(name: "Query") { name } }')).status).toBe(401);
    expect((await post(gateway, introspect, { 'x-api-key': READER })).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const { token } = await signAccessToken({ userId: 'u-1', role: Role.ANALYST, regionCode: null }, JWT_SECRET);
    expect((await post(gateway, introspect, { authorization: `Bearer ${token}` })).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const schemaFile = await fetch(gateway.url.replace(/\/graphql$/, '/schema.graphql'));
    expect(schemaFile.status).toBe(200);
    // The development identity counts as signed in.
    const development = await start({ DEV_IDENTITY_FALLBACK: 'true' });
    expect((await post(development, introspect)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('audits mutations refused at the gateway: a bad token, an invalid document', async () => {
    const gateway = await start();
    const bad = await post(gateway, 'mutation { deactivateStaffAccount(id: "acc-1") { id } }', { authorization: 'Bearer nonsense' });
    expect(bad.status).toBe(401);
    const invalid = await post(gateway, 'mutation { deactivateStaffAccount(id: "acc-2") { noSuchField } }');
    expect(invalid.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const entries = await auditedSoon(2);
    expect(entries.map(({ operation, outcome, targetIds, userId }) => ({ operation, outcome, targetIds, userId }))).toEqual([
      { operation: 'deactivateStaffAccount', outcome: 'UNAUTHENTICATED', targetIds: ['acc-1'], userId: null },
      { operation: 'deactivateStaffAccount', outcome: 'GRAPHQL_VALIDATION_FAILED', targetIds: ['acc-2'], userId: null },
    ]);
  });

  it('refuses API keys with 503 while the identity service cannot verify them', async () => {
    const gateway = await start({ IDENTITY_URL: NOWHERE });
    const result = await post(gateway, '{ regions { code } }', { 'x-api-key': READER });
    expect(result.status).toBe(503);
    expect(result.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(result.body)).not.toMatch(/127\.0\.0\.1/);
  });
});
