import { ConflictError, ValidationError } from '@birge/server-kit';

/**
 * Errors with a stable `extensions.reason` beside the generic `extensions.code`, so a client can
 * tell, say, a stale version from a double booking (both CONFLICT) without parsing messages.
 */
export function conflict(reason: string, message: string, details: Record<string, unknown> = {}): ConflictError {
  return new ConflictError(message, { reason, ...details });
}

/** A BAD_USER_INPUT naming the wrong field, with its code also as `extensions.reason`. */
export function invalidField(field: string, reason: string, message: string, details: Record<string, unknown> = {}): ValidationError {
  const error = ValidationError.field(field, reason, message);
  Object.assign(error.details, { reason, ...details });
  return error;
}

/** The caller edited an older version of the record; nothing was changed. */
export function staleVersion(entity: string, id: string, expected: number, current: number): ConflictError {
  return conflict('STALE_VERSION', `${entity} ${id} was changed by someone else (version ${current}, you sent ${expected}); reload and try again`, {
    entity,
    id,
    currentVersion: current,
  });
}
