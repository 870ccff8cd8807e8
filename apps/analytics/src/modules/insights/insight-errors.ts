import type { ValidationError } from '@birge/server-kit';
import { invalidField } from '../needs/need-errors';

/** BAD_USER_INPUT naming the argument that is wrong (e.g. `groupBy`, `filter.period.to`), with a stable reason. */
export function invalidInsight(field: string, reason: string, message: string): ValidationError {
  return invalidField(field, reason, `${field}: ${message}`);
}
