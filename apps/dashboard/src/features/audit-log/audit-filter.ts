import type { AuditLogFilter, CallerRole } from '../../gql/graphql';
import { localInputToIso } from '../reference/dates';

export const CALLER_ROLES: readonly CallerRole[] = ['REPUBLICAN_ADMIN', 'REGIONAL_STAFF', 'ANALYST', 'PARTNER'];

/** Outcomes worth picking from a list; the API takes any code (OK or an error code). */
export const AUDIT_OUTCOMES = [
  'OK',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

/** The page's filters as the address keeps them (`#/audit-log?role=PARTNER&from=2026-11-01T00:00`). */
export interface AuditFilterForm {
  user: string;
  role: string;
  region: string;
  operation: string;
  outcome: string;
  /** `datetime-local` values: local wall-clock time, as the person typed it. */
  from: string;
  to: string;
}

export const AUDIT_FILTER_KEYS = ['user', 'role', 'region', 'operation', 'outcome', 'from', 'to'] as const satisfies readonly (keyof AuditFilterForm)[];

export function auditFormFromQuery(query: URLSearchParams): AuditFilterForm {
  const form = {} as AuditFilterForm;
  for (const key of AUDIT_FILTER_KEYS) form[key] = query.get(key)?.trim() ?? '';
  return form;
}

export function auditPathFor(form: AuditFilterForm): string {
  const query = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (form[key].trim()) query.set(key, form[key].trim());
  const search = query.toString();
  return search ? `/audit-log?${search}` : '/audit-log';
}

const isCallerRole = (value: string): value is CallerRole => (CALLER_ROLES as readonly string[]).includes(value);

/** The outcome choice meaning "refused, whatever the code" (the API's `refused: true`). */
export const ANY_REFUSAL = 'REFUSED';

/** The API's filter: only what is set, times as ISO instants; a role or time that does not parse is left out. */
export function auditFilterOf(form: AuditFilterForm): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (form.user) filter.userId = form.user;
  if (isCallerRole(form.role)) filter.role = form.role;
  if (form.region) filter.regionCode = form.region;
  if (form.operation) filter.operation = form.operation;
  if (form.outcome === ANY_REFUSAL) filter.refused = true;
  else if (form.outcome) filter.outcome = form.outcome;
  const from = localInputToIso(form.from);
  if (from) filter.from = from;
  const to = localInputToIso(form.to);
  if (to) filter.to = to;
  return filter;
}
