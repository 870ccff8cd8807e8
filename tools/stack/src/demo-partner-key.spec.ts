import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PARTNER_KEY_NAME, describeDemoPartnerKey, planDemoPartnerKey, readStoredDemoKey, writeStoredDemoKey, type ListedKey } from './demo-partner-key';

const now = new Date('2026-11-25T10:00:00.000Z');
const inDays = (days: number) => new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString();
const key = (id: string, overrides: Partial<ListedKey> = {}): ListedKey => ({
  id,
  name: DEMO_PARTNER_KEY_NAME,
  prefix: `bgk_${id.padEnd(12, '0')}`,
  expiresAt: inDays(300),
  active: true,
  ...overrides,
});
const secretOf = (listed: ListedKey) => `${listed.prefix}_${'s'.repeat(43)}`;

describe('planDemoPartnerKey', () => {
  it("keeps the stored key while it is this database's active demo key with time left", () => {
    const current = key('aaa');
    expect(planDemoPartnerKey({ keyId: 'aaa', secret: secretOf(current) }, [current, key('other', { name: 'Qazvolunteer.kz' })], now)).toEqual({ action: 'reuse', key: current });
  });

  it('creates a new key, revoking the demo keys whose secret is lost, when nothing usable is stored', () => {
    const lost = key('bbb');
    const partner = key('ccc', { name: 'Qazvolunteer.kz' });
    expect(planDemoPartnerKey(null, [lost, partner], now)).toEqual({ action: 'create', revoke: ['bbb'] });
    // A stored key from another database (a fresh data dir) is not in the list.
    expect(planDemoPartnerKey({ keyId: 'zzz', secret: 'bgk_zzz000000000_x' }, [lost], now)).toEqual({ action: 'create', revoke: ['bbb'] });
    // A secret that does not belong to the key with that id is not trusted.
    expect(planDemoPartnerKey({ keyId: 'bbb', secret: 'bgk_ddd000000000_x' }, [lost], now)).toEqual({ action: 'create', revoke: ['bbb'] });
  });

  it('renews a key that runs out within 30 days, and ignores revoked ones', () => {
    const ending = key('eee', { expiresAt: inDays(20) });
    expect(planDemoPartnerKey({ keyId: 'eee', secret: secretOf(ending) }, [ending], now)).toEqual({ action: 'create', revoke: ['eee'] });
    expect(planDemoPartnerKey(null, [key('fff', { active: false })], now)).toEqual({ action: 'create', revoke: [] });
  });
});

describe('the stored demo key', () => {
  it('reads a stored key and treats a damaged file as none', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'birge-demo-key-'));
    const file = path.join(dir, 'demo-partner-key.json');
    expect(readStoredDemoKey(file)).toBeNull();
    writeFileSync(file, '{"keyId":"aaa","secret":"bgk_x"}', { mode: 0o600 });
    expect(readStoredDemoKey(file)).toEqual({ keyId: 'aaa', secret: 'bgk_x' });
    writeFileSync(file, 'not json');
    expect(readStoredDemoKey(file)).toBeNull();
  });

  it('writes the key readable by its owner only, even over a file others could read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'birge-demo-key-'));
    const file = path.join(dir, 'demo-partner-key.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeStoredDemoKey(file, { keyId: 'bbb', secret: 'bgk_y' });
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(readStoredDemoKey(file)).toEqual({ keyId: 'bbb', secret: 'bgk_y' });
  });

  it('prints a curl that sends the key as Authorization: ApiKey', () => {
    const lines = describeDemoPartnerKey(
      { secret: 'bgk_0123456789ab_secret', expiresAt: '2027-11-25T10:00:00.000Z', scopes: ['registry:read'], created: true },
      4000,
      '.birge/demo-partner-key.json',
    );
    expect(lines[0]).toContain('registry:read; until 2027-11-25; created now');
    expect(lines.join('\n')).toContain("curl -s localhost:4000/graphql -H 'content-type: application/json' -H 'Authorization: ApiKey bgk_0123456789ab_secret'");
  });
});
