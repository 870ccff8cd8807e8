import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe link stands for: this address, from this announcement's mail. */
export interface UnsubscribeClaim {
  announcementId: string;
  email: string;
}

const sign = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest('base64url');

/** A link's token: the claim and its HMAC, so nobody can unsubscribe an address they only guessed. */
export function unsubscribeToken(claim: UnsubscribeClaim, secret: string): string {
  const data = Buffer.from(JSON.stringify([claim.announcementId, claim.email])).toString('base64url');
  return `${data}.${sign(data, secret)}`;
}

/** The claim of a token this service signed; null for anything else (altered, truncated, another secret). */
export function readUnsubscribeToken(token: string, secret: string): UnsubscribeClaim | null {
  const [data, signature, extra] = token.split('.');
  if (!data || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(data, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [announcementId, email] = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as unknown[];
    return typeof announcementId === 'string' && typeof email === 'string' ? { announcementId, email } : null;
  } catch {
    return null;
  }
}
