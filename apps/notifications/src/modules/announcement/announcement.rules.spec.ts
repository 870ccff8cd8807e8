import { Role } from '@birge/shared-reference';
import { authorScope, checkTarget, readerScope } from './announcement.rules';

const ASTANA = '710000000';
const ESIL = '711210000';

describe('announcement rules', () => {
  it('lets administrators write anywhere, regional staff for their region, and analysts only read', () => {
    expect(authorScope({ userId: 'a', role: Role.REPUBLICAN_ADMIN, regionCode: null })).toBeNull();
    expect(authorScope({ userId: 's', role: Role.REGIONAL_STAFF, regionCode: ASTANA })).toBe(ASTANA);
    expect(() => authorScope({ userId: 'n', role: Role.ANALYST, regionCode: null })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(readerScope({ userId: 'n', role: Role.ANALYST, regionCode: null })).toBeNull();
    expect(() => readerScope({ userId: 'p', role: Role.PARTNER, regionCode: null })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('keeps a target without repeats, gives regional staff their own region, and refuses unknown regions and districts outside them', () => {
    expect(checkTarget({ directions: ['AYALA', 'AYALA'] as never }, ASTANA)).toEqual({
      regionCodes: [ASTANA],
      districtCodes: [],
      directions: ['AYALA'],
      organizationKinds: [],
      verificationStatuses: [],
    });
    expect(checkTarget({ districtCodes: [ESIL] }, null).districtCodes).toEqual([ESIL]);
    expect(() => checkTarget({ regionCodes: ['750000000'] }, ASTANA)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => checkTarget({ regionCodes: ['999'] }, null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => checkTarget({ regionCodes: ['750000000'], districtCodes: [ESIL] }, null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
