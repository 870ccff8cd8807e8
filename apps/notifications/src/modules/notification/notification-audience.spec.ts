import { Role } from '@birge/shared-reference';
import { audienceOf } from './notification-audience';

describe('audienceOf', () => {
  it('keeps regional staff to their region and lets national roles see every region', () => {
    expect(audienceOf({ userId: 'a', role: Role.REGIONAL_STAFF, regionCode: '710000000' })).toEqual({ userId: 'a', regionCode: '710000000', republican: false });
    expect(audienceOf({ userId: 'b', role: Role.REPUBLICAN_ADMIN, regionCode: null })).toEqual({ userId: 'b', regionCode: null, republican: true });
    expect(audienceOf({ userId: 'c', role: Role.ANALYST, regionCode: null })).toEqual({ userId: 'c', regionCode: null, republican: false });
  });

  it('refuses partners, and regional staff without a region instead of showing them everything', () => {
    expect(() => audienceOf({ userId: 'p', role: Role.PARTNER, regionCode: null })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => audienceOf({ userId: 'p', role: Role.PARTNER, regionCode: '710000000' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => audienceOf({ userId: 's', role: Role.REGIONAL_STAFF, regionCode: null })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
