import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/**
 * Portal link tokens: an HS256 JWT (`jose`) bound to one organization and one of its contacts,
 * signed by the registry with PORTAL_LINK_SECRET and verified by the gateway. Its own secret,
 * issuer, audience and type keep it apart from staff access tokens: neither passes as the other.
 */
const ISSUER = 'birge-registry';
const AUDIENCE = 'birge-organization-portal';
const TYPE = 'birge-portal+jwt';
const ALGORITHM = 'HS256';

export const DEV_PORTAL_LINK_SECRET = 'birge-development-portal-link-secret-not-for-production';

/** PORTAL_LINK_SECRET, shared by the registry (signs) and the gateway (verifies). */
export const portalLinkSecretSchema = z.string().min(32, 'must be at least 32 characters').default(DEV_PORTAL_LINK_SECRET);

/** For a zod refine: production must not run on the published development secret. */
export function isPrivatePortalLinkSecret(env: { NODE_ENV: string; PORTAL_LINK_SECRET: string }): boolean {
  return env.NODE_ENV !== 'production' || env.PORTAL_LINK_SECRET !== DEV_PORTAL_LINK_SECRET;
}

/** What a portal link vouches for. */
export interface PortalLinkClaims {
  /** The stored link (revocable). */
  linkId: string;
  organizationId: string;
  /** The organization's region, so the portal's actions land in the right office. */
  regionCode: string;
  /** The contact's e-mail address: every action is attributed to it. */
  contactEmail: string;
}

const claimsSchema = z.object({ sub: z.string().min(1), org: z.string().min(1), reg: z.string().min(1), eml: z.string().min(3) });

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export async function signPortalToken(claims: PortalLinkClaims, secret: string, expiresAt: Date, now: number = Date.now()): Promise<string> {
  return new SignJWT({ org: claims.organizationId, reg: claims.regionCode, eml: claims.contactEmail })
    .setProtectedHeader({ alg: ALGORITHM, typ: TYPE })
    .setSubject(claims.linkId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyOf(secret));
}

export type PortalTokenCheck = { valid: true; claims: PortalLinkClaims; expiresAt: Date } | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/** Exactly HS256, signed with `secret`, issued by the registry for the portal, not expired at `now`. */
export async function verifyPortalToken(token: string, secret: string, now: number = Date.now()): Promise<PortalTokenCheck> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [ALGORITHM],
      typ: TYPE,
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: new Date(now),
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { valid: false, reason: 'expired' };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { valid: false, reason: 'bad-signature' };
    if (error instanceof errors.JOSEError) return { valid: false, reason: 'malformed' };
    throw error;
  }
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) return { valid: false, reason: 'malformed' };
  return {
    valid: true,
    claims: { linkId: parsed.data.sub, organizationId: parsed.data.org, regionCode: parsed.data.reg, contactEmail: parsed.data.eml },
    expiresAt: new Date((payload.exp as number) * 1000),
  };
}
