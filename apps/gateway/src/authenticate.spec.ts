import { DEVELOPMENT_IDENTITY, signAccessToken } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { authenticate } from './authenticate';

const jwtSecret = 'gateway-unit-test-jwt-secret-32-chars!';
const analyst = { userId: '0b7e0c52-1111-4000-8000-000000000001', role: Role.ANALYST, regionCode: null };

describe('authenticate', () => {
  it('takes the identity from a valid Bearer token, whatever the fallback', async () => {
    const { token } = await signAccessToken(analyst, jwtSecret);
    expect(await authenticate(`Bearer ${token}`, { jwtSecret, devIdentityFallback: true })).toEqual({ ok: true, identity: analyst, sessionId: null });
    expect(await authenticate(`bearer ${token}`, { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: analyst, sessionId: null });
  });

  it('gives the sign-in a token was issued for, for the gateway to check', async () => {
    const sessionId = '0b7e0c52-2222-4000-8000-000000000002';
    const { token } = await signAccessToken(analyst, jwtSecret, Date.now(), undefined, sessionId);
    expect(await authenticate(`Bearer ${token}`, { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: analyst, sessionId });
  });

  it('treats a caller without a token as anonymous, or as the development identity where that is on', async () => {
    expect(await authenticate(undefined, { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: null, sessionId: null });
    expect(await authenticate('', { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: null, sessionId: null });
    expect(await authenticate(undefined, { jwtSecret, devIdentityFallback: true })).toEqual({ ok: true, identity: DEVELOPMENT_IDENTITY, sessionId: null });
  });

  it('refuses expired, forged and malformed credentials with UNAUTHENTICATED and a reason, never falling back', async () => {
    const now = Date.now();
    const { token } = await signAccessToken(analyst, jwtSecret, now - 16 * 60_000);
    const expired = await authenticate(`Bearer ${token}`, { jwtSecret, devIdentityFallback: true }, now);
    expect(expired).toMatchObject({ ok: false, refusal: { status: 401, code: 'UNAUTHENTICATED', details: { reason: 'TOKEN_EXPIRED' } } });
    const forged = (await signAccessToken({ ...analyst, role: Role.REPUBLICAN_ADMIN }, 'someone-elses-secret-of-32-characters')).token;
    expect(await authenticate(`Bearer ${forged}`, { jwtSecret, devIdentityFallback: true })).toMatchObject({ ok: false, refusal: { details: { reason: 'INVALID_TOKEN' } } });
    expect(await authenticate('Basic dXNlcjpwYXNz', { jwtSecret, devIdentityFallback: true })).toMatchObject({
      ok: false,
      refusal: { details: { reason: 'MALFORMED_AUTHORIZATION' } },
    });
  });
});
