import { DEVELOPMENT_IDENTITY, verifyAccessToken, type HttpRefusal } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';

export interface AuthenticationOptions {
  jwtSecret: string;
  /** Callers without a token act as the development identity (development and test only). */
  devIdentityFallback: boolean;
}

/** `sessionId`: the sign-in a Bearer token was issued for, which the gateway checks still goes on; null without one. */
export type Authentication = { ok: true; identity: Identity | null; sessionId: string | null } | { ok: false; refusal: HttpRefusal };

const refuse = (message: string, reason: string): Authentication => ({ ok: false, refusal: { status: 401, code: 'UNAUTHENTICATED', message, details: { reason } } });

/**
 * Who is calling, from the Authorization header. No header: anonymous (or the development
 * identity where that fallback is on). A header that is present but not a valid, current
 * access token is refused outright rather than treated as anonymous, so a client learns at once
 * that it must refresh or sign in again.
 */
export async function authenticate(authorization: string | undefined, options: AuthenticationOptions, now: number = Date.now()): Promise<Authentication> {
  if (authorization === undefined || authorization.trim() === '') {
    return { ok: true, identity: options.devIdentityFallback ? DEVELOPMENT_IDENTITY : null, sessionId: null };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return refuse('The Authorization header must be "Bearer <access token>" (or "ApiKey <key>" for partners)', 'MALFORMED_AUTHORIZATION');
  const check = await verifyAccessToken(match[1], options.jwtSecret, now);
  if (check.valid) return { ok: true, identity: check.identity, sessionId: check.sessionId };
  if (check.reason === 'expired') return refuse('The access token has expired: renew it with refreshSession, or sign in again', 'TOKEN_EXPIRED');
  return refuse('The access token is not valid: sign in again', 'INVALID_TOKEN');
}

export type Credentials =
  { kind: 'none' } | { kind: 'bearer'; authorization: string } | { kind: 'api-key'; key: string } | { kind: 'portal'; token: string } | { kind: 'malformed'; refusal: HttpRefusal };

/**
 * What the caller presents: a partner API key (`X-Api-Key: <key>` or `Authorization: ApiKey
 * <key>`), an organization contact's portal link (`Authorization: Portal <token>`), a Bearer
 * access token, or nothing. Both a key and a token at once is refused, so it
 * is never a guess which one counts.
 */
export function credentialsOf(headers: { authorization?: string; 'x-api-key'?: string | string[] }): Credentials {
  const authorization = headers.authorization?.trim() ? headers.authorization : undefined;
  const rawKey = headers['x-api-key'];
  const headerKey = Array.isArray(rawKey) ? rawKey.join(',') : rawKey?.trim() || undefined;
  const apiKeyScheme = authorization ? /^ApiKey\s+(\S+)\s*$/i.exec(authorization) : null;
  const portalScheme = authorization ? /^Portal\s+(\S+)\s*$/i.exec(authorization) : null;
  if (headerKey && authorization) {
    const refusal = refuse('Send either an API key or an Authorization header, not both', 'AMBIGUOUS_CREDENTIALS');
    return { kind: 'malformed', refusal: (refusal as { refusal: HttpRefusal }).refusal };
  }
  if (headerKey) return { kind: 'api-key', key: headerKey };
  if (apiKeyScheme) return { kind: 'api-key', key: apiKeyScheme[1] };
  if (portalScheme) return { kind: 'portal', token: portalScheme[1] };
  if (authorization) return { kind: 'bearer', authorization };
  return { kind: 'none' };
}

/** The identity the gateway forwards for a partner calling with a valid key. */
export function partnerIdentity(keyId: string, scopes: string[]): Identity {
  return { userId: keyId, role: Role.PARTNER, regionCode: null, scopes: [...scopes], keyId };
}
