import { Role } from '@birge/shared-reference';
import { signIdentity, verifyIdentity } from './identity';

const SECRET = 'a-secret-of-sixteen-chars';
const staff = { userId: 'u1', role: Role.REGIONAL_STAFF, regionCode: '710000000' };

describe('identity header', () => {
  it('round-trips an identity signed with the shared secret', () => {
    expect(verifyIdentity(signIdentity(staff, SECRET), SECRET)).toEqual(staff);
  });

  it('refuses a header signed with another secret, a tampered payload, or garbage', () => {
    const header = signIdentity(staff, SECRET);
    expect(verifyIdentity(header, 'another-secret-entirely')).toBeNull();
    const [, mac] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ ...staff, role: Role.REPUBLICAN_ADMIN, regionCode: null })).toString('base64url');
    expect(verifyIdentity(`${forged}.${mac}`, SECRET)).toBeNull();
    expect(verifyIdentity('not-a-header', SECRET)).toBeNull();
    expect(verifyIdentity(undefined, SECRET)).toBeNull();
  });

  it('refuses a signed payload with an unknown role', () => {
    const header = signIdentity({ ...staff, role: 'SUPERUSER' as Role }, SECRET);
    expect(verifyIdentity(header, SECRET)).toBeNull();
  });
});
