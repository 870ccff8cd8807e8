import { verifyAccessToken } from '@birge/server-kit';
import { GraphQLTestClient } from '@birge/server-testing';
import { Role } from '@birge/shared-reference';
import { ASTANA, CREATE, JWT_SECRET, LOGIN, startIdentity, type IdentityHarness, type LoginResult } from './support';

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken account { email } } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaffAccount(id: $id) { active } }`;
const SESSION_ACTIVE = `query($id: ID!) { _sessionActive(sessionId: $id) }`;
const PASSWORD = 'astana-staff-password';

type Refreshed = { refreshSession: { accessToken: string; refreshToken: string } };

describe('identity subgraph: sign-in, sessions and lock-out', () => {
  let h: IdentityHarness;
  let staffId: string;

  beforeAll(async () => {
    h = await startIdentity();
    const created = await h.admin.data<{ createStaffAccount: { id: string } }>(CREATE, {
      input: { email: 'Staff.Astana@birge.kz', name: 'Astana staff', role: 'REGIONAL_STAFF', regionCode: ASTANA, password: PASSWORD },
    });
    staffId = created.createStaffAccount.id;
  });
  afterAll(() => h?.stop());

  /** The sign-in an access token was issued for. */
  const sessionOf = async (accessToken: string) => {
    const check = await verifyAccessToken(accessToken, JWT_SECRET);
    if (!check.valid || !check.sessionId) throw new Error('the access token carries no session id');
    return check.sessionId;
  };
  /** Whether that sign-in goes on, as the gateway asks. */
  const active = async (accessToken: string) =>
    (
      await new GraphQLTestClient(h.subgraph.url, { identity: null, internalCaller: 'gateway' }).data<{ _sessionActive: boolean }>(SESSION_ACTIVE, {
        id: await sessionOf(accessToken),
      })
    )._sessionActive;

  const login = (email: string, password: string) => h.anonymous.request<LoginResult>(LOGIN, { email, password });
  const session = async (email: string, password: string) => (await h.anonymous.data<LoginResult>(LOGIN, { email, password })).login;

  it('signs in with the email in any case and gives a 15-minute HS256 access token with sub, role and region', async () => {
    const before = Date.now();
    const signedIn = await session('staff.astana@BIRGE.kz', PASSWORD);
    expect(signedIn.account).toEqual({ id: staffId, email: 'Staff.Astana@birge.kz', role: 'REGIONAL_STAFF', region: { code: ASTANA } });
    const check = await verifyAccessToken(signedIn.accessToken, JWT_SECRET);
    expect(check).toMatchObject({ valid: true, identity: { userId: staffId, role: Role.REGIONAL_STAFF, regionCode: ASTANA } });
    const lifetime = Date.parse(signedIn.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 1000);
    expect(Date.parse(signedIn.refreshTokenExpiresAt) - before).toBeGreaterThan(29 * 24 * 3600_000);
    expect((await verifyAccessToken(signedIn.accessToken, 'some-other-jwt-secret-of-32-characters')).valid).toBe(false);

    // The refresh token is stored only as a hash.
    const rows: { token_hash: string }[] = await h.subgraph.dataSource.query('SELECT token_hash FROM identity.session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(signedIn.refreshToken);

    const me = await h.as({ userId: staffId, role: Role.REGIONAL_STAFF, regionCode: ASTANA }).data<{ me: { email: string } | null }>('{ me { email } }');
    expect(me.me?.email).toBe('Staff.Astana@birge.kz');
    expect((await h.anonymous.data<{ me: unknown }>('{ me { email } }')).me).toBeNull();
  });

  it('answers a wrong password and an unknown email with the same INVALID_CREDENTIALS', async () => {
    const wrong = await login('staff.astana@birge.kz', 'not-the-password');
    const unknown = await login('nobody@birge.kz', 'not-the-password');
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    // A successful sign-in clears the failures.
    expect((await login('staff.astana@birge.kz', PASSWORD)).errors).toBeUndefined();
  });

  it('locks an address for 15 minutes after 5 failures in a row, known or unknown alike, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) expect((await login('staff.astana@birge.kz', `wrong-${i}`)).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const fifth = await login('staff.astana@birge.kz', 'wrong-5');
    expect(fifth.errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(890);
    expect(fifth.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(900);
    const right = await login('STAFF.astana@birge.kz', PASSWORD);
    expect(right.data).toBeNull();
    expect(right.errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(890);

    for (let i = 1; i <= 4; i++) await login('ghost@birge.kz', `wrong-${i}`);
    expect((await login('ghost@birge.kz', 'wrong-5')).errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');

    // Fifteen minutes later (moved in the database rather than waited for) the right password works again.
    await h.subgraph.dataSource.query(`UPDATE identity.login_throttle SET locked_until = now() - interval '1 second', last_failed_at = now() - interval '16 minutes'`);
    expect((await login('staff.astana@birge.kz', PASSWORD)).errors).toBeUndefined();
    expect((await login('staff.astana@birge.kz', 'wrong-again')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('checks at most 5 passwords under parallel guessing', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => login('parallel@birge.kz', `guess-${i}`)));
    const codes = results.map((r) => r.errors?.[0].extensions?.code);
    // The three beyond the limit are refused unchecked; the five checked ones fail, and those finishing after the lock say so.
    expect(codes.every((c) => c === 'INVALID_CREDENTIALS' || c === 'ACCOUNT_LOCKED')).toBe(true);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(4);
    expect((await login('parallel@birge.kz', 'guess')).errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');
  });

  it('rotates the refresh token on use; presenting a used one again ends the whole session', async () => {
    const first = await session('staff.astana@birge.kz', PASSWORD);
    const second = await h.anonymous.data<Refreshed>(REFRESH, { t: first.refreshToken });
    expect(second.refreshSession.refreshToken).not.toBe(first.refreshToken);
    expect((await verifyAccessToken(second.refreshSession.accessToken, JWT_SECRET)).valid).toBe(true);
    // One sign-in: both access tokens belong to it, and it goes on.
    expect(await sessionOf(second.refreshSession.accessToken)).toBe(await sessionOf(first.accessToken));
    expect(await active(first.accessToken)).toBe(true);

    const replay = await h.anonymous.request(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The replay revoked the token issued by the rotation as well.
    expect((await h.anonymous.request(REFRESH, { t: second.refreshSession.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.anonymous.request(REFRESH, { t: 'made-up-token' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await active(second.refreshSession.accessToken)).toBe(false);
  });

  it('signs out (idempotently) and refuses expired refresh tokens', async () => {
    const current = await session('staff.astana@birge.kz', PASSWORD);
    const elsewhere = await session('staff.astana@birge.kz', PASSWORD);
    expect(await active(current.accessToken)).toBe(true);
    expect((await h.anonymous.data<{ logout: boolean }>(LOGOUT, { t: current.refreshToken })).logout).toBe(true);
    // Signing out ends this sign-in only.
    expect(await active(current.accessToken)).toBe(false);
    expect(await active(elsewhere.accessToken)).toBe(true);
    expect((await h.anonymous.data<{ logout: boolean }>(LOGOUT, { t: current.refreshToken })).logout).toBe(true);
    expect((await h.anonymous.request(REFRESH, { t: current.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const other = await session('staff.astana@birge.kz', PASSWORD);
    await h.subgraph.dataSource.query(`UPDATE identity.session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`);
    expect((await h.anonymous.request(REFRESH, { t: other.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a deactivated account’s sessions and refuses its sign-in with the generic error', async () => {
    const current = await session('staff.astana@birge.kz', PASSWORD);
    expect(await active(current.accessToken)).toBe(true);
    await h.admin.data(DEACTIVATE, { id: staffId });
    expect(await active(current.accessToken)).toBe(false);
    expect((await h.anonymous.request(REFRESH, { t: current.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('staff.astana@birge.kz', PASSWORD)).errors?.[0].extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
    const me = await h.as({ userId: staffId, role: Role.REGIONAL_STAFF, regionCode: ASTANA }).data<{ me: unknown }>('{ me { email } }');
    expect(me.me).toBeNull();
  });

  it('tells only the gateway whether a sign-in goes on, and knows no made-up one', async () => {
    const gateway = new GraphQLTestClient(h.subgraph.url, { identity: null, internalCaller: 'gateway' });
    for (const id of ['not-a-session', '6b1f2c3d-0000-4000-8000-000000000009']) {
      expect((await gateway.data<{ _sessionActive: boolean }>(SESSION_ACTIVE, { id }))._sessionActive).toBe(false);
    }
    for (const caller of [h.anonymous, h.admin]) {
      const refused = await caller.request(SESSION_ACTIVE, { id: '6b1f2c3d-0000-4000-8000-000000000009' });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
