import { canWrite, writeRestriction, type Viewer } from './session';
import type { SessionAccount } from './session-store';

const account = (role: SessionAccount['role'], region: string | null): Viewer => ({
  kind: 'account',
  account: { id: 'a-1', role, region: region ? { code: region } : null } as SessionAccount,
});

describe('who may write, as the dashboard decides it', () => {
  it('follows the API’s rule: admins anywhere, staff in their own region, analysts never', () => {
    expect(writeRestriction(account('REPUBLICAN_ADMIN', null), '750000000')).toBeNull();
    expect(writeRestriction(account('REGIONAL_STAFF', '710000000'), '710000000')).toBeNull();
    expect(writeRestriction(account('REGIONAL_STAFF', '710000000'), '750000000')).toBe('OTHER_REGION');
    expect(writeRestriction(account('ANALYST', null))).toBe('READ_ONLY_ROLE');
    expect(writeRestriction({ kind: 'anonymous' })).toBe('SIGN_IN_REQUIRED');
  });

  it('without a region asks about the viewer’s own (creating a record)', () => {
    expect(canWrite(account('REGIONAL_STAFF', '710000000'))).toBe(true);
    expect(canWrite({ kind: 'development' })).toBe(true);
    expect(canWrite(account('ANALYST', null))).toBe(false);
  });
});
