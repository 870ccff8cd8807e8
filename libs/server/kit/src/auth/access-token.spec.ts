import { Role } from '@birge/shared-reference';
import { createHmac } from 'node:crypto';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken } from './access-token';

const SECRET = 'a-jwt-secret-that-is-long-enough-for-tests';
const staff = { userId: '3f0c5d1e-0000-4000-8000-000000000001', role: Role.REGIONAL_STAFF, regionCode: '710000000' };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (input: string, secret = SECRET) => createHmac('sha256', secret).update(input).digest('base64url');

describe('access tokens', () => {
  it('carry sub, role, region and a 15-minute expiry, and verify with the same secret', async () => {
    const now = Date.UTC(2026, 10, 25, 8, 0, 0);
    const { token, expiresAt } = await signAccessToken(staff, SECRET, now);
    expect(expiresAt.getTime()).toBe(now + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: staff.userId, role: 'REGIONAL_STAFF', region: '710000000', exp: now / 1000 + 900 });
    await expect(verifyAccessToken(token, SECRET, now + 1000)).resolves.toEqual({ valid: true, identity: staff, expiresAt, sessionId: null });
  });

  it('carry the sign-in they were issued for, and refuse a session id that is not a string', async () => {
    const now = Date.now();
    const sessionId = '0f9e8d7c-0000-4000-8000-000000000002';
    const { token, expiresAt } = await signAccessToken(staff, SECRET, now, ACCESS_TOKEN_TTL_SECONDS, sessionId);
    await expect(verifyAccessToken(token, SECRET, now)).resolves.toEqual({ valid: true, identity: staff, expiresAt, sessionId });
    const header = encode({ alg: 'HS256', typ: 'JWT' });
    const claims = encode({ sub: staff.userId, role: staff.role, region: staff.regionCode, iat: 0, exp: 4102444800, iss: 'birge-identity', sid: 42 });
    await expect(verifyAccessToken(`${header}.${claims}.${sign(`${header}.${claims}`)}`, SECRET)).resolves.toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuses an expired token, another secret, and a tampered payload', async () => {
    const now = Date.now();
    const { token } = await signAccessToken(staff, SECRET, now);
    await expect(verifyAccessToken(token, SECRET, now + ACCESS_TOKEN_TTL_SECONDS * 1000)).resolves.toEqual({ valid: false, reason: 'expired' });
    await expect(verifyAccessToken(token, 'another-secret-that-is-long-enough-x', now)).resolves.toEqual({ valid: false, reason: 'bad-signature' });
    const [header, payload, signature] = token.split('.');
    const elevated = encode({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'REPUBLICAN_ADMIN', region: null });
    expect((await verifyAccessToken(`${header}.${elevated}.${signature}`, SECRET, now)).valid).toBe(false);
  });

  it('refuses the "none" algorithm, other algorithms and garbage', async () => {
    const claims = encode({ sub: 'x', role: 'REPUBLICAN_ADMIN', region: null, iat: 0, exp: 4102444800, iss: 'birge-identity' });
    expect((await verifyAccessToken(`${encode({ alg: 'none', typ: 'JWT' })}.${claims}.`, SECRET)).valid).toBe(false);
    const hs512 = `${encode({ alg: 'HS512', typ: 'JWT' })}.${claims}`;
    await expect(verifyAccessToken(`${hs512}.${sign(hs512)}`, SECRET)).resolves.toEqual({ valid: false, reason: 'malformed' });
    await expect(verifyAccessToken('abc', SECRET)).resolves.toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuses a correctly signed token with an unknown role or another issuer', async () => {
    const header = encode({ alg: 'HS256', typ: 'JWT' });
    const bad = (claims: object) => {
      const input = `${header}.${encode(claims)}`;
      return verifyAccessToken(`${input}.${sign(input)}`, SECRET);
    };
    await expect(bad({ sub: 'x', role: 'ROOT', region: null, iat: 0, exp: 4102444800, iss: 'birge-identity' })).resolves.toEqual({ valid: false, reason: 'malformed' });
    await expect(bad({ sub: 'x', role: 'ANALYST', region: null, iat: 0, exp: 4102444800, iss: 'someone-else' })).resolves.toEqual({ valid: false, reason: 'malformed' });
  });
});
