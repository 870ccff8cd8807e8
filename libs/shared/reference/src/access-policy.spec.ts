import { AccessRestriction, adminRestriction, personalDataRestriction, readableRegions, regionReadRestriction, regionWriteRestriction } from './access-policy';
import { Role, type Identity } from './roles';

const ASTANA = '710000000';
const ALMATY = '750000000';
const admin: Identity = { userId: 'a', role: Role.REPUBLICAN_ADMIN, regionCode: null };
const astanaStaff: Identity = { userId: 's', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
const staffWithoutRegion: Identity = { userId: 'x', role: Role.REGIONAL_STAFF, regionCode: null };
const analyst: Identity = { userId: 'n', role: Role.ANALYST, regionCode: null };
const reader: Identity = { userId: 'k1', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'] };
const writer: Identity = { userId: 'k2', role: Role.PARTNER, regionCode: null, scopes: ['assistance:write'] };

describe('access policy', () => {
  it('lets regional staff read and change only their own region', () => {
    expect(regionReadRestriction(astanaStaff, ASTANA, 'assistance')).toBeNull();
    expect(regionReadRestriction(astanaStaff, ALMATY, 'assistance')).toBe(AccessRestriction.OTHER_REGION);
    expect(regionWriteRestriction(astanaStaff, ASTANA, 'registry')).toBeNull();
    expect(regionWriteRestriction(astanaStaff, ALMATY, 'registry')).toBe(AccessRestriction.OTHER_REGION);
    // A staff account that somehow lacks a region reaches no region at all.
    expect(regionReadRestriction(staffWithoutRegion, null, 'registry')).toBe(AccessRestriction.OTHER_REGION);
    expect(readableRegions(astanaStaff)).toEqual([ASTANA]);
    expect(readableRegions(staffWithoutRegion)).toEqual([]);
  });

  it('lets analysts read every region but never write or see personal data', () => {
    expect(regionReadRestriction(analyst, ALMATY, 'registry')).toBeNull();
    expect(regionWriteRestriction(analyst, ALMATY, 'registry')).toBe(AccessRestriction.READ_ONLY_ROLE);
    expect(personalDataRestriction(analyst, ALMATY)).toBe(AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE);
    expect(readableRegions(analyst)).toBe('ALL');
  });

  it('gives partners what their scopes say, and never personal data', () => {
    expect(regionReadRestriction(reader, ALMATY, 'registry')).toBeNull();
    expect(regionReadRestriction(reader, ALMATY, 'assistance')).toBe(AccessRestriction.MISSING_SCOPE);
    expect(regionWriteRestriction(reader, ALMATY, 'registry')).toBe(AccessRestriction.READ_ONLY_ROLE);
    // A write scope implies read of the same subgraph.
    expect(regionReadRestriction(writer, ALMATY, 'assistance')).toBeNull();
    expect(regionWriteRestriction(writer, ALMATY, 'assistance')).toBeNull();
    expect(personalDataRestriction(writer, ALMATY)).toBe(AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE);
  });

  it('shows personal data to the republican admin and to the record region’s own staff only', () => {
    expect(personalDataRestriction(admin, ALMATY)).toBeNull();
    expect(personalDataRestriction(astanaStaff, ASTANA)).toBeNull();
    expect(personalDataRestriction(astanaStaff, ALMATY)).toBe(AccessRestriction.OTHER_REGION);
  });

  it('lets only the republican admin administer reference data, and says why to everyone else', () => {
    expect(adminRestriction(admin)).toBeNull();
    expect(adminRestriction(astanaStaff)).toBe(AccessRestriction.ADMIN_ONLY);
    expect(adminRestriction(staffWithoutRegion)).toBe(AccessRestriction.ADMIN_ONLY);
    expect(adminRestriction(analyst)).toBe(AccessRestriction.READ_ONLY_ROLE);
    // No scope of a key reaches it, a write scope included.
    expect(adminRestriction(reader)).toBe(AccessRestriction.MISSING_SCOPE);
    expect(adminRestriction(writer)).toBe(AccessRestriction.MISSING_SCOPE);
    expect(adminRestriction({ ...writer, scopes: ['registry:write'] })).toBe(AccessRestriction.MISSING_SCOPE);
    expect(adminRestriction(null)).toBe(AccessRestriction.SIGN_IN_REQUIRED);
  });

  it('asks anonymous callers to sign in for everything', () => {
    expect(regionReadRestriction(null, ASTANA, 'registry')).toBe(AccessRestriction.SIGN_IN_REQUIRED);
    expect(regionWriteRestriction(null, ASTANA, 'registry')).toBe(AccessRestriction.SIGN_IN_REQUIRED);
    expect(personalDataRestriction(null, ASTANA)).toBe(AccessRestriction.SIGN_IN_REQUIRED);
    expect(readableRegions(null)).toEqual([]);
  });
});
