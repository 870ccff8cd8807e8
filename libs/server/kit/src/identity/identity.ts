import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role, type Identity } from '@birge/shared-reference';

export const IDENTITY_HEADER = 'x-birge-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * How old a gateway signature may be when a subgraph receives it. The header is signed per
 * request, so a captured one is useless after this window.
 */
export const GATEWAY_SIGNATURE_MAX_AGE_MS = 60_000;
/** Tolerated clock difference in the other direction (a signature from the near future). */
const CLOCK_SKEW_MS = 5_000;

interface SignedPayload {
  /** The caller; null for an anonymous caller the gateway let through. */
  i: Identity | null;
  /** When the gateway signed it, in milliseconds since the epoch. */
  t: number;
  /**
   * Set when the gateway calls on its own behalf (e.g. to verify an API key), not for a caller:
   * the name of the internal service. Internal-only fields accept only such calls.
   */
  s?: string;
}

/**
 * node:crypto HMAC-SHA256, kept instead of a `jose` JWT: the gateway signs this header on every
 * subgraph call and each subgraph verifies it, and sign + verify measured 126,000 ops/s here
 * against 6,800 ops/s for the same claims as an HS256 JWT with `jose` (async WebCrypto), 18x slower
 * (tools/bench/library-replacements.bench.ts; tools/bench/README.md, "Library replacements").
 * Access tokens, signed once per sign-in and verified once per request, use `jose` (access-token.ts).
 */
function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * Encodes what the gateway vouches for as `<base64url json>.<hmac>`: the caller's identity (or
 * null for an anonymous caller) and the signing time, so subgraphs can tell the gateway sent it.
 */
export function signIdentity(identity: Identity | null, secret: string, now: number = Date.now(), internalCaller?: string): string {
  const body: SignedPayload = { i: identity, t: now, ...(internalCaller ? { s: internalCaller } : {}) };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

export type GatewaySignatureCheck =
  { valid: true; identity: Identity | null; internalCaller?: string } | { valid: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

function parseIdentity(value: unknown): Identity | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const candidate = value as Partial<Identity>;
  if (typeof candidate.userId !== 'string' || !Object.values(Role).includes(candidate.role as Role)) return undefined;
  const regionCode = candidate.regionCode ?? null;
  if (regionCode !== null && typeof regionCode !== 'string') return undefined;
  const identity: Identity = { userId: candidate.userId, role: candidate.role as Role, regionCode };
  // A partner's API key and its scopes travel with the identity.
  if (candidate.scopes !== undefined) {
    if (!Array.isArray(candidate.scopes) || !candidate.scopes.every((scope) => typeof scope === 'string')) return undefined;
    identity.scopes = [...candidate.scopes];
  }
  if (candidate.keyId !== undefined) {
    if (typeof candidate.keyId !== 'string') return undefined;
    identity.keyId = candidate.keyId;
  }
  // An organization contact's portal link: the one organization it acts for, and the link.
  for (const key of ['organizationId', 'portalLinkId'] as const) {
    if (candidate[key] === undefined) continue;
    if (typeof candidate[key] !== 'string') return undefined;
    identity[key] = candidate[key];
  }
  return identity;
}

/** Checks a gateway signature: well-formed, signed with `secret`, and fresh. */
export function verifyGatewaySignature(
  header: string | undefined,
  secret: string,
  now: number = Date.now(),
  maxAgeMs: number = GATEWAY_SIGNATURE_MAX_AGE_MS,
): GatewaySignatureCheck {
  if (!header) return { valid: false, reason: 'missing' };
  const [payload, mac, extra] = header.split('.');
  if (!payload || !mac || extra !== undefined) return { valid: false, reason: 'malformed' };
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: 'bad-signature' };
  let parsed: Partial<SignedPayload>;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SignedPayload>;
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.t !== 'number' || !('i' in parsed)) return { valid: false, reason: 'malformed' };
  if (parsed.t < now - maxAgeMs || parsed.t > now + CLOCK_SKEW_MS) return { valid: false, reason: 'expired' };
  const identity = parseIdentity(parsed.i);
  if (identity === undefined) return { valid: false, reason: 'malformed' };
  if (parsed.s !== undefined && typeof parsed.s !== 'string') return { valid: false, reason: 'malformed' };
  return parsed.s ? { valid: true, identity, internalCaller: parsed.s } : { valid: true, identity };
}

/** The identity when the header is a valid, fresh gateway signature naming one; otherwise null. */
export function verifyIdentity(header: string | undefined, secret: string, now: number = Date.now()): Identity | null {
  const check = verifyGatewaySignature(header, secret, now);
  return check.valid ? check.identity : null;
}

/**
 * The identity the gateway acts as for callers without a token while DEV_IDENTITY_FALLBACK is on
 * (development and test only): a republican administrator.
 */
export const DEVELOPMENT_IDENTITY: Identity = {
  userId: 'demo-republican-admin',
  role: Role.REPUBLICAN_ADMIN,
  regionCode: null,
};
