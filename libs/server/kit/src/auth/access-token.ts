import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role, type Identity } from '@birge/shared-reference';
import { z } from 'zod';

/** Access tokens live 15 minutes; a refresh token gets a new one. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'birge-identity';
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export const DEV_JWT_SECRET = 'birge-development-jwt-secret-not-for-production';

/** JWT_SECRET, shared by the identity subgraph (signs) and the gateway (verifies). */
export const jwtSecretSchema = z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET);

/** For a zod refine: production must not run on the published development secret. */
export function isPrivateJwtSecret(env: { NODE_ENV: string; JWT_SECRET: string }): boolean {
  return env.NODE_ENV !== 'production' || env.JWT_SECRET !== DEV_JWT_SECRET;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The region of a regional staff member; null for national roles. */
  region: string | null;
  iat: number;
  exp: number;
  iss: string;
  /** The sign-in the token was issued for (its refresh tokens' family): the gateway refuses the token once that sign-in has ended. */
  sid?: string;
}

function mac(input: string, secret: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

/** An HS256 JWT for `identity`, valid for `ttlSeconds` from `now` (milliseconds), of the sign-in `sessionId` when given. */
export function signAccessToken(
  identity: Identity,
  secret: string,
  now: number = Date.now(),
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  sessionId?: string,
): { token: string; expiresAt: Date } {
  const iat = Math.floor(now / 1000);
  const claims: AccessTokenClaims = { sub: identity.userId, role: identity.role, region: identity.regionCode, iat, exp: iat + ttlSeconds, iss: ISSUER };
  if (sessionId !== undefined) claims.sid = sessionId;
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const input = `${HEADER}.${payload}`;
  return { token: `${input}.${mac(input, secret)}`, expiresAt: new Date(claims.exp * 1000) };
}

export type AccessTokenCheck =
  | { valid: true; identity: Identity; expiresAt: Date; /** The sign-in the token belongs to; null for a token issued without one. */ sessionId: string | null }
  | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/**
 * Verifies an access token: exactly HS256 (no `none`, no other algorithm), signed with
 * `secret`, issued by Birge, not expired, with a known role.
 */
export function verifyAccessToken(token: string, secret: string, now: number = Date.now()): AccessTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { valid: false, reason: 'malformed' };
  const [header, payload, signature] = parts;
  if (header !== HEADER) return { valid: false, reason: 'malformed' };
  const expected = Buffer.from(mac(`${header}.${payload}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: 'bad-signature' };
  let claims: Partial<AccessTokenClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<AccessTokenClaims>;
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (
    typeof claims !== 'object' ||
    claims === null ||
    typeof claims.sub !== 'string' ||
    typeof claims.exp !== 'number' ||
    claims.iss !== ISSUER ||
    !Object.values(Role).includes(claims.role as Role) ||
    (claims.region !== null && typeof claims.region !== 'string') ||
    (claims.sid !== undefined && typeof claims.sid !== 'string')
  ) {
    return { valid: false, reason: 'malformed' };
  }
  if (claims.exp * 1000 <= now) return { valid: false, reason: 'expired' };
  return {
    valid: true,
    identity: { userId: claims.sub, role: claims.role as Role, regionCode: claims.region ?? null },
    expiresAt: new Date(claims.exp * 1000),
    sessionId: claims.sid ?? null,
  };
}
