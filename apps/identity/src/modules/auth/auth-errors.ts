import { DomainError, UnauthenticatedError } from '@birge/server-kit';

/** One answer for an unknown email, a wrong password and a deactivated account alike. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS' as const;
  constructor() {
    super('The email or the password is not right');
    this.name = 'InvalidCredentialsError';
  }
}

export class AccountLockedError extends DomainError {
  readonly code = 'ACCOUNT_LOCKED' as const;
  constructor(retryAfterSeconds: number) {
    super(`Too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);
    this.name = 'AccountLockedError';
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}

export class SessionEndedError extends UnauthenticatedError {
  constructor() {
    super('The session has ended or the refresh token is not valid: sign in again');
  }
}
