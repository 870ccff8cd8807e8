import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { assertAdmin, assertRegionRead, assertRegionWrite, regionFilterFor } from './region-access';

const ASTANA = '710000000';
const ALMATY = '750000000';
const astanaStaff: Identity = { userId: 's', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
const analyst: Identity = { userId: 'n', role: Role.ANALYST, regionCode: null };
const partner: Identity = { userId: 'k', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'] };

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ForbiddenError) return String(error.details.reason);
    if (error instanceof UnauthenticatedError) return error.code;
    throw error;
  }
  return undefined;
}

describe('region access assertions', () => {
  it('refuse with FORBIDDEN and the restriction as the reason', () => {
    expect(reasonOf(() => assertRegionRead(astanaStaff, ALMATY, 'assistance'))).toBe(AccessRestriction.OTHER_REGION);
    expect(reasonOf(() => assertRegionWrite(analyst, ASTANA, 'registry'))).toBe(AccessRestriction.READ_ONLY_ROLE);
    expect(reasonOf(() => assertRegionRead(partner, ASTANA, 'assistance'))).toBe(AccessRestriction.MISSING_SCOPE);
    expect(reasonOf(() => assertAdmin(astanaStaff))).toBe(AccessRestriction.ADMIN_ONLY);
    expect(assertRegionWrite(astanaStaff, ASTANA, 'registry')).toBe(astanaStaff);
  });

  it('refuse anonymous callers with UNAUTHENTICATED rather than FORBIDDEN', () => {
    expect(reasonOf(() => assertRegionRead(null, ASTANA, 'registry'))).toBe('UNAUTHENTICATED');
    expect(reasonOf(() => assertAdmin(null))).toBe('UNAUTHENTICATED');
  });

  it('narrow an unfiltered list to the staff member’s region and refuse a filter on another', () => {
    expect(regionFilterFor(astanaStaff, undefined, 'assistance')).toEqual([ASTANA]);
    expect(regionFilterFor(astanaStaff, ASTANA, 'assistance')).toEqual([ASTANA]);
    expect(reasonOf(() => regionFilterFor(astanaStaff, ALMATY, 'assistance'))).toBe(AccessRestriction.OTHER_REGION);
    expect(regionFilterFor(analyst, undefined, 'assistance')).toBe('ALL');
    expect(regionFilterFor(analyst, ALMATY, 'assistance')).toEqual([ALMATY]);
    expect(reasonOf(() => regionFilterFor(partner, undefined, 'assistance'))).toBe(AccessRestriction.MISSING_SCOPE);
    expect(reasonOf(() => regionFilterFor(null, undefined, 'assistance'))).toBe('UNAUTHENTICATED');
  });
});
