import { Role } from '@birge/shared-reference';
import { GATEWAY_SIGNATURE_MAX_AGE_MS, signIdentity, verifyGatewaySignature, verifyIdentity } from './identity';

const SECRET = 'a-secret-of-sixteen-chars';
const staff = { userId: 'u1', role: Role.REGIONAL_STAFF, regionCode: '710000000' };

describe('identity header', () => {
  it('round-trips an identity signed with the shared secret', () => {
    expect(verifyIdentity(signIdentity(staff, SECRET), SECRET)).toEqual(staff);
    expect(verifyGatewaySignature(signIdentity(staff, SECRET), SECRET)).toEqual({ valid: true, identity: staff });
  });

  it('signs anonymous callers too, so a subgraph can tell "anonymous through the gateway" from "not the gateway"', () => {
    expect(verifyGatewaySignature(signIdentity(null, SECRET), SECRET)).toEqual({ valid: true, identity: null });
    expect(verifyGatewaySignature(undefined, SECRET)).toEqual({ valid: false, reason: 'missing' });
  });

  it('refuses a header signed with another secret, a tampered payload, or garbage', () => {
    const header = signIdentity(staff, SECRET);
    expect(verifyIdentity(header, 'another-secret-entirely')).toBeNull();
    const [, mac] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ i: { ...staff, role: Role.REPUBLICAN_ADMIN, regionCode: null }, t: Date.now() })).toString('base64url');
    expect(verifyGatewaySignature(`${forged}.${mac}`, SECRET)).toEqual({ valid: false, reason: 'bad-signature' });
    expect(verifyGatewaySignature('not-a-header', SECRET)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyIdentity(undefined, SECRET)).toBeNull();
  });

  it('refuses a signature older than the replay window or from the future', () => {
    const now = Date.now();
    const old = signIdentity(staff, SECRET, now - GATEWAY_SIGNATURE_MAX_AGE_MS - 1);
    expect(verifyGatewaySignature(old, SECRET, now)).toEqual({ valid: false, reason: 'expired' });
    expect(verifyGatewaySignature(signIdentity(staff, SECRET, now - GATEWAY_SIGNATURE_MAX_AGE_MS + 1000), SECRET, now).valid).toBe(true);
    expect(verifyGatewaySignature(signIdentity(staff, SECRET, now + 60_000), SECRET, now)).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuses a signed payload with an unknown role or without a time', () => {
    expect(verifyIdentity(signIdentity({ ...staff, role: 'SUPERUSER' as Role }, SECRET), SECRET)).toBeNull();
    const { createHmac } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const payload = Buffer.from(JSON.stringify({ i: staff })).toString('base64url');
    const mac = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(verifyGatewaySignature(`${payload}.${mac}`, SECRET)).toEqual({ valid: false, reason: 'malformed' });
  });
});
