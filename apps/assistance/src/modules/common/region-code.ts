import { findRegion } from '@birge/shared-reference';
import { invalidField } from './coded-errors';

/** BAD_USER_INPUT (reason UNKNOWN_REGION) on the field unless the code is one of the regions' KATO codes. */
export function assertRegion(regionCode: string, field = 'regionCode'): void {
  if (!findRegion(regionCode)) throw invalidField(field, 'UNKNOWN_REGION', `is not a region code (got "${regionCode}")`);
}
