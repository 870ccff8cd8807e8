import { ConflictError, ValidationError } from '@birge/server-kit';

/** A BAD_USER_INPUT naming the wrong field, with its code also as `extensions.reason`. */
export function invalidField(field: string, reason: string, message: string, details: Record<string, unknown> = {}): ValidationError {
  const error = ValidationError.field(field, reason, message);
  Object.assign(error.details, { reason, ...details });
  return error;
}

/** A CONFLICT with a stable `extensions.reason` (and the field it concerns, when there is one). */
export function conflict(reason: string, message: string, details: Record<string, unknown> = {}): ConflictError {
  return new ConflictError(message, { reason, ...details });
}

/** The caller changed an older version of the entry; nothing was changed. */
export function staleVersion(id: string, expected: number, current: number): ConflictError {
  return conflict('STALE_VERSION', `need ${id} was changed by someone else (version ${current}, you sent ${expected}); reload and try again`, {
    field: 'version',
    entity: 'Need',
    id,
    currentVersion: current,
  });
}
