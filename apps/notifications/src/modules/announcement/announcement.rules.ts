import { accessError, ForbiddenError, ValidationError, type FieldError } from '@birge/server-kit';
import { AccessRestriction, findRegion, REGIONS, Role, type Identity } from '@birge/shared-reference';
import type { AnnouncementTargetInput } from './announcement-target.input';
import type { AnnouncementTarget } from './announcement.type';

/**
 * Who writes announcements: republican administrators (any region, or all), regional staff (their
 * region only). Analysts and partners neither write nor read them. @returns the region the author
 * writes for (null: the republican office).
 */
export function authorScope(identity: Identity): string | null {
  if (identity.role === Role.REPUBLICAN_ADMIN) return null;
  if (identity.role === Role.REGIONAL_STAFF && identity.regionCode) return identity.regionCode;
  throw new ForbiddenError('Announcements are written by republican administrators and regional front-office staff', AccessRestriction.READ_ONLY_ROLE);
}

/**
 * Who reads announcements: republican administrators and analysts every one (no address is ever in
 * them), regional staff their region's and those sent to it (@returns their region); partners none.
 */
export function readerScope(identity: Identity): string | null {
  if (identity.role === Role.REPUBLICAN_ADMIN || identity.role === Role.ANALYST) return null;
  return authorScope(identity);
}

/**
 * A target as stored: known regions and districts (each district within a targeted region, when
 * regions are given), lists without repeats. Regional staff target their own region: an empty list
 * means it, another region is FORBIDDEN (OTHER_REGION).
 */
export function checkTarget(input: AnnouncementTargetInput, scope: string | null, at = 'target'): AnnouncementTarget {
  const unique = <T>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])];
  const errors: FieldError[] = [];
  let regionCodes = unique(input.regionCodes);
  regionCodes.forEach((code, i) => {
    if (!findRegion(code)) errors.push({ field: `${at}.regionCodes.${i}`, code: 'UNKNOWN_REGION', message: `is not a region's KATO code (got "${code}")` });
  });
  if (scope) {
    const other = regionCodes.find((code) => code !== scope);
    if (other) throw accessError(AccessRestriction.OTHER_REGION, `region ${other}`);
    regionCodes = [scope];
  }
  const districtCodes = unique(input.districtCodes);
  const regions = (regionCodes.length ? regionCodes.map((code) => findRegion(code)) : REGIONS).filter((region) => region !== undefined);
  districtCodes.forEach((code, i) => {
    if (!regions.some((region) => region.districts.some((district) => district.code === code))) {
      errors.push({ field: `${at}.districtCodes.${i}`, code: 'DISTRICT_OUTSIDE_REGIONS', message: `is not a district of the targeted regions (got "${code}")` });
    }
  });
  if (errors.length) throw new ValidationError(errors);
  return {
    regionCodes,
    districtCodes,
    directions: unique(input.directions),
    organizationKinds: unique(input.organizationKinds),
    verificationStatuses: unique(input.verificationStatuses),
  };
}

/** A text field trimmed and within its bounds. */
export function checkText(value: string, field: string, min: number, max: number, errors: FieldError[]): string {
  const text = value.trim();
  if (text.length < min) errors.push({ field, code: 'TOO_SHORT', message: `must be at least ${min} characters` });
  if (text.length > max) errors.push({ field, code: 'TOO_LONG', message: `must be at most ${max} characters` });
  return text;
}

/** A send time in the future, within a year. */
export function checkSchedule(at: Date, now: Date, errors: FieldError[]): void {
  if (Number.isNaN(at.getTime())) errors.push({ field: 'scheduledAt', code: 'INVALID_DATE', message: 'is not a date' });
  else if (at.getTime() <= now.getTime()) errors.push({ field: 'scheduledAt', code: 'IN_THE_PAST', message: 'must be in the future; send it now with sendAnnouncement instead' });
  else if (at.getTime() > now.getTime() + 366 * 24 * 3600 * 1000) errors.push({ field: 'scheduledAt', code: 'TOO_FAR', message: 'must be within a year' });
}
