import { allowedNeedTransitions, FINAL_NEED_STATUSES, kazakhstanDay, NeedStatus } from '@birge/shared-reference';
import { conflict, invalidField } from './need-errors';

/**
 * BAD_USER_INPUT on `status` (reason INVALID_TRANSITION, with from, to and allowedTransitions)
 * unless NEED_TRANSITIONS lets an entry in `from` move to `to`.
 */
export function assertTransition(from: NeedStatus, to: NeedStatus): void {
  const allowed = allowedNeedTransitions(from);
  if (allowed.includes(to)) return;
  throw invalidField('status', 'INVALID_TRANSITION', `a need in ${from} cannot move to ${to}; ${allowed.length ? `allowed: ${allowed.join(', ')}` : 'it is final'}`, {
    from,
    to,
    allowedTransitions: allowed,
  });
}

/** CONFLICT (reason NEED_CLOSED, field `id`) once an entry is resolved or no longer relevant: its fields stay as they were. */
export function assertEditable(status: NeedStatus): void {
  if (FINAL_NEED_STATUSES.includes(status)) {
    throw conflict('NEED_CLOSED', `the need is ${status}; its fields no longer change (record a new need if it came back)`, { field: 'id', status });
  }
}

/** The day a need was first noticed: a real calendar day written YYYY-MM-DD, today or earlier, after 2000. */
export function parseNoticedOn(value: string, field: string, now: Date): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw invalidField(field, 'INVALID_DATE', `must be a date written YYYY-MM-DD (got "${value}")`);
  }
  if (value > kazakhstanDay(now)) throw invalidField(field, 'IN_THE_FUTURE', 'must be today or earlier');
  if (value < '2000-01-01') throw invalidField(field, 'TOO_EARLY', 'must be in 2000 or later');
  return value;
}

/** A text with its surrounding blanks cut; BAD_USER_INPUT (REQUIRED) on `field` when nothing is left. */
export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw invalidField(field, 'REQUIRED', 'is required');
  return text;
}
