import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role, type Identity } from '@birge/shared-reference';

export const IDENTITY_HEADER = 'x-birge-identity';
export const REQUEST_ID_HEADER = 'x-request-id';

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Encodes an identity as `<base64url json>.<hmac>` so subgraphs can tell the gateway sent it. */
export function signIdentity(identity: Identity, secret: string): string {
  const payload = Buffer.from(JSON.stringify(identity)).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

/** Returns the identity when the header is well-formed and signed with `secret`, otherwise null. */
export function verifyIdentity(header: string | undefined, secret: string): Identity | null {
  if (!header) return null;
  const [payload, mac] = header.split('.');
  if (!payload || !mac) return null;
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Identity;
    if (typeof parsed.userId !== 'string' || !Object.values(Role).includes(parsed.role)) return null;
    return { userId: parsed.userId, role: parsed.role, regionCode: parsed.regionCode ?? null };
  } catch {
    return null;
  }
}

/** The identity used until real login exists: a republican administrator. */
export const DEVELOPMENT_IDENTITY: Identity = {
  userId: 'demo-republican-admin',
  role: Role.REPUBLICAN_ADMIN,
  regionCode: null,
};
