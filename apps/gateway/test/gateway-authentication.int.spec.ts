import { DEVELOPMENT_IDENTITY, IDENTITY_HEADER, signAccessToken, signIdentity, verifyGatewaySignature, type RunningHttpServer } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { startGateway } from '../src/start-gateway';
import { NOWHERE, post, startRegionsRegistry, startStandIn, testGateways, type StandIn } from './support/stand-ins';

const INTERNAL_SECRET = 'gateway-auth-test-internal-secret';
const JWT_SECRET = 'gateway-auth-test-jwt-secret-of-32-chars';
const staff = { userId: '5a1d9f3e-2222-4000-8000-000000000002', role: Role.REGIONAL_STAFF, regionCode: '710000000' };

/**
 * The gateway authenticates the caller and forwards what it verified, signed. A stand-in
 * registry records the header each forwarded request carries.
 */
describe('gateway authentication', () => {
  let registry: StandIn;
  let forwarded: (string | undefined)[] = [];
  const gateways = testGateways(() => ({ INTERNAL_SECRET, JWT_SECRET, REGISTRY_URL: registry.url }));
  const { start } = gateways;

  beforeAll(async () => {
    registry = await startRegionsRegistry((header) => forwarded.push(header));
  });

  afterAll(async () => {
    await gateways.closeAll();
    await registry.close();
  });

  beforeEach(() => {
    forwarded = [];
  });

  const query = (gateway: RunningHttpServer, headers: Record<string, string> = {}) => post(gateway, '{ regions { code } }', headers);

  const lastForwarded = () => verifyGatewaySignature(forwarded.at(-1), INTERNAL_SECRET);

  it('forwards the identity of a valid Bearer token, signed and fresh', async () => {
    const gateway = await start();
    const { token } = await signAccessToken(staff, JWT_SECRET);
    const result = await query(gateway, { authorization: `Bearer ${token}` });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ regions: [{ code: '710000000' }] });
    expect(lastForwarded()).toEqual({ valid: true, identity: staff });
  });

  it('refuses expired and forged tokens with UNAUTHENTICATED before any subgraph is asked', async () => {
    const gateway = await start();
    const expired = (await signAccessToken(staff, JWT_SECRET, Date.now() - 16 * 60_000)).token;
    const forged = (await signAccessToken({ ...staff, role: Role.REPUBLICAN_ADMIN, regionCode: null }, 'not-the-gateway-jwt-secret-32-chars!')).token;
    for (const [authorization, reason] of [
      [`Bearer ${expired}`, 'TOKEN_EXPIRED'],
      [`Bearer ${forged}`, 'INVALID_TOKEN'],
      ['Bearer not.a.token', 'INVALID_TOKEN'],
      ['Basic YWRtaW46YWRtaW4=', 'MALFORMED_AUTHORIZATION'],
    ]) {
      const result = await query(gateway, { authorization });
      expect(result.status).toBe(401);
      expect(result.body.data).toBeUndefined();
      expect(result.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    }
    expect(forwarded).toEqual([]);
  });

  it('ignores an identity header sent by the caller: only its own signature reaches subgraphs', async () => {
    const gateway = await start({ DEV_IDENTITY_FALLBACK: 'false' });
    const smuggled = signIdentity(DEVELOPMENT_IDENTITY, INTERNAL_SECRET);
    await query(gateway, { [IDENTITY_HEADER]: smuggled });
    expect(forwarded.at(-1)).not.toBe(smuggled);
    expect(lastForwarded()).toEqual({ valid: true, identity: null });
  });

  it('without a token: the development identity while DEV_IDENTITY_FALLBACK is on, a signed anonymous caller when off', async () => {
    const withFallback = await start();
    await query(withFallback);
    expect(lastForwarded()).toEqual({ valid: true, identity: DEVELOPMENT_IDENTITY });

    const withoutFallback = await start({ DEV_IDENTITY_FALLBACK: 'false' });
    const result = await query(withoutFallback);
    expect(result.status).toBe(200);
    expect(lastForwarded()).toEqual({ valid: true, identity: null });
  });

  it('takes up to 16 MiB from signed-in staff who write (a CSV upload), 1 MiB from everyone else', async () => {
    const gateway = await start({ DEV_IDENTITY_FALLBACK: 'false' });
    const body = (bytes: number) => JSON.stringify({ query: `{ regions { code } } #${'x'.repeat(bytes)}` });
    const send = async (bytes: number, authorization?: string) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: body(bytes),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] } };
    };
    const staffToken = `Bearer ${(await signAccessToken(staff, JWT_SECRET)).token}`;
    const analystToken = `Bearer ${(await signAccessToken({ userId: staff.userId, role: Role.ANALYST, regionCode: null }, JWT_SECRET)).token}`;

    expect((await send(2 * 1024 * 1024, staffToken)).status).toBe(200);
    expect(lastForwarded()).toEqual({ valid: true, identity: staff });
    for (const authorization of [undefined, analystToken]) {
      const refused = await send(1_100_000, authorization);
      expect(refused.status).toBe(413);
      expect(refused.body.errors?.[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 1024 * 1024 });
    }
    const tooLarge = await send(17 * 1024 * 1024, staffToken);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 16 * 1024 * 1024 });
  });

  it('refuses to start in production with the fallback on', async () => {
    await expect(startGateway({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', INTERNAL_SECRET, JWT_SECRET, DEV_IDENTITY_FALLBACK: 'true' })).rejects.toThrow(
      /DEV_IDENTITY_FALLBACK: must not be true in production/,
    );
  });

  describe('the sign-in a token belongs to', () => {
    let identity: StandIn;
    /** The sign-ins the stand-in identity service says have ended, and the session ids it was asked about (by the gateway's signed calls only). */
    const ended = new Set<string>();
    let asked: string[] = [];
    const SIGN_IN = '5a1d9f3e-3333-4000-8000-000000000003';
    const tokenOf = async (sessionId: string) => (await signAccessToken(staff, JWT_SECRET, Date.now(), undefined, sessionId)).token;

    beforeAll(async () => {
      identity = await startStandIn(({ headers, variables }) => {
        const caller = verifyGatewaySignature(headers[IDENTITY_HEADER] as string | undefined, INTERNAL_SECRET);
        if (!caller.valid || caller.internalCaller !== 'gateway') return { data: null, errors: [{ message: 'gateway only', extensions: { code: 'FORBIDDEN' } }] };
        const id = String(variables?.id);
        asked.push(id);
        return { data: { _sessionActive: !ended.has(id) } };
      });
    });
    afterAll(() => identity.close());
    beforeEach(() => {
      asked = [];
      ended.clear();
    });

    it('forwards a token of a sign-in that goes on, asking the identity service once per cache period', async () => {
      const gateway = await start({ IDENTITY_URL: identity.url });
      for (let i = 0; i < 3; i++) expect((await query(gateway, { authorization: `Bearer ${await tokenOf(SIGN_IN)}` })).status).toBe(200);
      expect(asked).toEqual([SIGN_IN]);
      expect(lastForwarded()).toEqual({ valid: true, identity: staff });
    });

    it('refuses a token of a sign-in that has ended with UNAUTHENTICATED, before any subgraph is asked', async () => {
      const gateway = await start({ IDENTITY_URL: identity.url });
      ended.add(SIGN_IN);
      const result = await query(gateway, { authorization: `Bearer ${await tokenOf(SIGN_IN)}` });
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
      expect(result.body.errors?.[0].message).toMatch(/sign in again/);
      expect(forwarded).toEqual([]);
    });

    it('stops accepting the token once the sign-in ends and the short cache runs out', async () => {
      const gateway = await start({ IDENTITY_URL: identity.url, SESSION_CHECK_CACHE_SECONDS: '0.3' });
      expect((await query(gateway, { authorization: `Bearer ${await tokenOf(SIGN_IN)}` })).status).toBe(200);
      ended.add(SIGN_IN);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await query(gateway, { authorization: `Bearer ${await tokenOf(SIGN_IN)}` })).status).toBe(401);
    });

    it('answers 503 while the identity service cannot say, and never asks about a token without a sign-in', async () => {
      const down = await start({ IDENTITY_URL: NOWHERE });
      const result = await query(down, { authorization: `Bearer ${await tokenOf(SIGN_IN)}` });
      expect(result.status).toBe(503);
      expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'identity' });
      expect(forwarded).toEqual([]);
      const gateway = await start({ IDENTITY_URL: identity.url });
      expect((await query(gateway, { authorization: `Bearer ${(await signAccessToken(staff, JWT_SECRET)).token}` })).status).toBe(200);
      expect(asked).toEqual([]);
    });
  });
});
