import { DEVELOPMENT_IDENTITY, signAccessToken } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { authenticate } from './authenticate';

const jwtSecret = 'gateway-unit-test-jwt-secret-32-chars!';
const analyst = { userId: '0b7e0c52-1111-4000-8000-000000000001', role: Role.ANALYST, regionCode: null };

describe('authenticate', () => {
  it('takes the identity from a valid Bearer token, whatever the fallback', () => {
    const { token } = signAccessToken(analyst, jwtSecret);
    expect(authenticate(`Bearer ${token}`, { jwtSecret, devIdentityFallback: true })).toEqual({ ok: true, identity: analyst, sessionId: null });
    expect(authenticate(`bearer ${token}`, { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: analyst, sessionId: null });
  });

  it('gives the sign-in a token was issued for, for the gateway to check', () => {
    const sessionId = '0b7e0c52-2222-4000-8000-000000000002';
    const { token } = signAccessToken(analyst, jwtSecret, Date.now(), undefined, sessionId);
    expect(authenticate(`Bearer ${token}`, { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: analyst, sessionId });
  });

  it('treats a caller without a token as anonymous, or as the development identity where that is on', () => {
    expect(authenticate(undefined, { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: null, sessionId: null });
    expect(authenticate('', { jwtSecret, devIdentityFallback: false })).toEqual({ ok: true, identity: null, sessionId: null });
    expect(authenticate(undefined, { jwtSecret, devIdentityFallback: true })).toEqual({ ok: true, identity: DEVELOPMENT_IDENTITY, sessionId: null });
  });

  it('refuses expired, forged and malformed credentials with UNAUTHENTICATED and a reason, never falling back', () => {
    const now = Date.now();
    const { token } = signAccessToken(analyst, jwtSecret, now - 16 * 60_000);
    const expired = authenticate(`Bearer ${token}`, { jwtSecret, devIdentityFallback: true }, now);
    expect(expired).toMatchObject({ ok: false, refusal: { status: 401, code: 'UNAUTHENTICATED', details: { reason: 'TOKEN_EXPIRED' } } });
    const forged = signAccessToken({ ...analyst, role: Role.REPUBLICAN_ADMIN }, 'someone-elses-secret-of-32-characters').token;
    expect(authenticate(`Bearer ${forged}`, { jwtSecret, devIdentityFallback: true })).toMatchObject({ ok: false, refusal: { details: { reason: 'INVALID_TOKEN' } } });
    expect(authenticate('Basic dXNlcjpwYXNz', { jwtSecret, devIdentityFallback: true })).toMatchObject({ ok: false, refusal: { details: { reason: 'MALFORMED_AUTHORIZATION' } } });
  });
});
