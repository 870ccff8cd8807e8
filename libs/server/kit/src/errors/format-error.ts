import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError, type FieldError } from './domain-errors';

/** class-validator constraint names -> stable field error codes. */
const CONSTRAINT_CODES: Record<string, string> = {
  isNotEmpty: 'REQUIRED',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  length: 'LENGTH',
  arrayMinSize: 'REQUIRED',
  arrayMaxSize: 'TOO_MANY',
  arrayUnique: 'DUPLICATE_VALUES',
  matches: 'INVALID_FORMAT',
  isUUID: 'INVALID_ID',
  isEmail: 'INVALID_EMAIL',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  isInt: 'NOT_AN_INTEGER',
};

function flattenValidation(errors: ClassValidatorError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: CONSTRAINT_CODES[constraint] ?? constraint.toUpperCase(),
      message,
    }));
    return [...own, ...flattenValidation(error.children ?? [], field)];
  });
}

/** Internal errors keep their detail in the logs; callers get a code and a neutral message. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, onInternal?: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const fields = 'fields' in original ? (original as { fields: FieldError[] }).fields : undefined;
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details, ...(fields ? { fields } : {}) },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidation(original.extensions.validationErrors as ClassValidatorError[]);
    return {
      message: `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  const code = formatted.extensions?.code;
  // Errors raised by GraphQL itself (parse, validation, bad variables) are safe and useful as they are.
  if (original instanceof GraphQLError && !original.originalError) return formatted;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The database did not answer (it may be restarting); this request was not completed: send it again shortly',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
    };
  }
  onInternal?.(original);
  return {
    message: 'Internal error: the request could not be completed; it has been logged',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
