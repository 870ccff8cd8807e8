import { hashPassword, needsRehash, verifyPassword } from './password-hasher';

describe('password hashing (scrypt)', () => {
  it('stores parameters and a per-password salt, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'garbage')).toBe(false);
  });

  it('verifies hashes made with other parameters and tells when they are weaker than today’s', async () => {
    const weak = await hashPassword('pässwörd-1', { N: 1024, r: 8, p: 1, keyLength: 32 });
    expect(await verifyPassword('pässwörd-1', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('pässwörd-1'))).toBe(false);
  });
});
