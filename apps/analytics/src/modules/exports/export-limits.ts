import { ValidationError } from '@birge/server-kit';

/**
 * Bounds of one export, so a request cannot make the service build an unbounded file in memory:
 * the register's rows, and the file's size (its base64 travels in one GraphQL answer, and the
 * gateway takes at most 16 MiB from a subgraph: 8 MB of file is about 10.7 MB of base64).
 */
export const EXPORT_LIMITS = {
  maxRows: 5000,
  maxBytes: 8 * 1024 * 1024,
  /** Open needs listed one by one in a summary PDF; the rest are counted. */
  summaryNeeds: 200,
} as const;

/** BAD_USER_INPUT naming the argument to narrow, with `extensions.reason` EXPORT_TOO_LARGE. */
export function exportTooLarge(field: string, message: string, details: Record<string, unknown>): ValidationError {
  const error = ValidationError.field(field, 'EXPORT_TOO_LARGE', message);
  Object.assign(error.details, { reason: 'EXPORT_TOO_LARGE', ...details });
  return error;
}

/** The `language` argument of every export field. */
export const EXPORT_LANGUAGE_DESCRIPTION = "The language of headers, labels and place names; Kazakh when omitted (the dashboard passes the reader's).";
