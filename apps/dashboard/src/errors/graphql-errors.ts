import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { isMessageKey, type I18n } from '../i18n/i18n';

/** One wrong field of an input, as the subgraphs report it in `extensions.fields`. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['field'] === 'string' && typeof candidate['code'] === 'string';
}

/** Field paths may come relative to the argument (`input.name`); forms know fields by their own name. */
function normalizeField(field: string): string {
  return field.replace(/^input\./, '');
}

/** The field errors of every GraphQL error of a failed operation (BAD_USER_INPUT). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.filter(isFieldError).map((fieldError) => ({
      field: normalizeField(fieldError.field),
      code: fieldError.code,
      message: typeof fieldError.message === 'string' ? fieldError.message : '',
    }));
  });
}

/** Groups field errors by field name, keeping the server's order. */
export function groupByField(errors: readonly FieldError[]): Record<string, FieldError[]> {
  const grouped: Record<string, FieldError[]> = {};
  for (const error of errors) (grouped[error.field] ??= []).push(error);
  return grouped;
}

export function errorCodeOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** The first error's `extensions`, e.g. `reason`, `allowedTransitions`, `retryAfterSeconds`. */
export function extensionsOf(error: unknown): Record<string, unknown> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  return (error.errors[0]?.extensions as Record<string, unknown> | undefined) ?? {};
}

/** `extensions.reason`: which CONFLICT (STALE_VERSION, BOOKING_OVERLAP, ...) or which refused move. */
export function errorReasonOf(error: unknown): string | undefined {
  const reason = extensionsOf(error)['reason'];
  return typeof reason === 'string' ? reason : undefined;
}

/** Optimistic locking: someone else changed the record since it was read. */
export function isStaleVersion(error: unknown): boolean {
  return errorReasonOf(error) === 'STALE_VERSION';
}

/** Placeholders the reason and code messages use, filled from the error's extensions. */
function paramsOf(i18n: Pick<I18n, 't'>, extensions: Record<string, unknown>): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const allowed = extensions['allowedTransitions'];
  if (Array.isArray(allowed)) {
    const labels = allowed
      .filter((status): status is string => typeof status === 'string')
      .map((status) => {
        const key = `status.${status}`;
        return isMessageKey(key) ? i18n.t(key) : status;
      });
    params['allowed'] = labels.length > 0 ? labels.join(', ') : i18n.t('errors.noTransitions');
  }
  const retryAfter = extensions['retryAfterSeconds'];
  if (typeof retryAfter === 'number') params['minutes'] = Math.max(1, Math.ceil(retryAfter / 60));
  return params;
}

/**
 * A field error in the user's language; unknown codes fall back to the server's (English) message.
 * A code whose meaning depends on the field (LENGTH of a name or of a password) may have its own
 * message under `errors.field.<field>.<code>`.
 */
export function describeFieldError(i18n: Pick<I18n, 't'>, error: FieldError): string {
  const specific = `errors.field.${error.field}.${error.code}`;
  if (isMessageKey(specific)) return i18n.t(specific);
  const key = `errors.field.${error.code}`;
  if (isMessageKey(key) && key !== 'errors.field.generic') return i18n.t(key);
  return i18n.t('errors.field.generic', { message: error.message || error.code });
}

/** A whole-operation error in the user's language. */
export function describeError(i18n: Pick<I18n, 't'>, error: unknown): string {
  if (ServerError.is(error) || ServerParseError.is(error)) return i18n.t('errors.network');
  if (CombinedGraphQLErrors.is(error)) {
    const code = errorCodeOf(error);
    const extensions = extensionsOf(error);
    const reason = errorReasonOf(error);
    const params = paramsOf(i18n, extensions);
    const reasonKey = `errors.reason.${reason ?? ''}`;
    if (reason && isMessageKey(reasonKey)) return i18n.t(reasonKey, params);
    const key = `errors.code.${code ?? ''}`;
    if (code && isMessageKey(key)) return i18n.t(key, params);
    return i18n.t('errors.generic', { message: error.errors[0]?.message ?? '' });
  }
  if (error instanceof TypeError) return i18n.t('errors.network');
  const message = error instanceof Error ? error.message : String(error);
  return i18n.t('errors.generic', { message });
}
