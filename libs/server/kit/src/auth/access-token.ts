import { Role, type Identity } from '@birge/shared-reference';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** Access tokens live 15 minutes; a refresh token gets a new one. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'birge-identity';
const ALGORITHM = 'HS256';

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

/** The claims Birge adds to the registered ones (sub, iat, exp, iss), as a verified token must carry them. */
const birgeClaims = z.object({
  sub: z.string(),
  role: z.enum(Role),
  region: z.string().nullable(),
  sid: z.string().optional(),
});

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** An HS256 JWT (signed with `jose`) for `identity`, valid for `ttlSeconds` from `now` (milliseconds), of the sign-in `sessionId` when given. */
export async function signAccessToken(
  identity: Identity,
  secret: string,
  now: number = Date.now(),
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  sessionId?: string,
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now / 1000);
  const claims: Pick<AccessTokenClaims, 'role' | 'region' | 'sid'> = { role: identity.role, region: identity.regionCode };
  if (sessionId !== undefined) claims.sid = sessionId;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(identity.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(keyOf(secret));
  return { token, expiresAt: new Date((iat + ttlSeconds) * 1000) };
}

export type AccessTokenCheck =
  | { valid: true; identity: Identity; expiresAt: Date; /** The sign-in the token belongs to; null for a token issued without one. */ sessionId: string | null }
  | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/**
 * Verifies an access token with `jose`: exactly HS256 (no `none`, no other algorithm), signed with
 * `secret`, issued by Birge, not expired at `now`, with a known role.
 */
export async function verifyAccessToken(token: string, secret: string, now: number = Date.now()): Promise<AccessTokenCheck> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), { algorithms: [ALGORITHM], typ: 'JWT', issuer: ISSUER, currentDate: new Date(now), requiredClaims: ['exp'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { valid: false, reason: 'expired' };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { valid: false, reason: 'bad-signature' };
    if (error instanceof errors.JOSEError) return { valid: false, reason: 'malformed' };
    throw error;
  }
  const claims = birgeClaims.safeParse(payload);
  if (!claims.success) return { valid: false, reason: 'malformed' };
  const expiresAt = new Date((payload.exp as number) * 1000);
  return { valid: true, identity: { userId: claims.data.sub, role: claims.data.role, regionCode: claims.data.region }, expiresAt, sessionId: claims.data.sid ?? null };
}
