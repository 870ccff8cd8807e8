/** Stable machine-readable codes, returned as `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'ACCOUNT_LOCKED' | 'INTERNAL_SERVER_ERROR';

/** One wrong field of an input: the path of the field, a code for translation, and a message. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A failure the user or caller can act on. Services throw these; one place maps them. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly details: Record<string, unknown> = {};
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly fields: FieldError[],
    message?: string,
  ) {
    super(message ?? `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }

  static field(field: string, code: string, message: string): ValidationError {
    return new ValidationError([{ field, code, message }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(entity: string, id: string, field?: string) {
    super(`${entity} ${id} was not found`);
    this.name = 'NotFoundError';
    Object.assign(this.details, { entity, id }, field ? { field } : {});
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ConflictError';
    Object.assign(this.details, details);
  }

  /**
   * Optimistic locking: the record (e.g. "Organization <id>") was changed by someone else since the
   * caller read `sent`. Reason STALE_VERSION, with the current version, laid on the version's field.
   */
  static staleVersion(record: string, currentVersion: number, sent: number, field = 'version'): ConflictError {
    const message = `was changed by someone else since you read it (now version ${currentVersion}, you sent ${sent}); reload and apply your changes again`;
    return new ConflictError(`${record} ${message}`, { reason: 'STALE_VERSION', currentVersion, fields: [{ field, code: 'STALE_VERSION', message }] });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  /** `reason`: an AccessRestriction, so a client can say why in the person's language. */
  constructor(message = 'You are not allowed to do this', reason?: string) {
    super(message);
    this.name = 'ForbiddenError';
    if (reason) this.details.reason = reason;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Sign in to do this') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
