import { NeedStatus } from '@birge/shared-reference';
import { ValidationError } from '@birge/server-kit';
import { assertEditable, assertTransition, parseNoticedOn, requiredText } from './need.rules';

const S = NeedStatus;

function refusal(action: () => void): ValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The moves the register allows, written out here; every other pair of statuses is refused. */
const ALLOWED: [NeedStatus, NeedStatus][] = [
  [S.OPEN, S.ESCALATED],
  [S.OPEN, S.BEING_ADDRESSED],
  [S.OPEN, S.NO_LONGER_RELEVANT],
  [S.ESCALATED, S.BEING_ADDRESSED],
  [S.ESCALATED, S.NO_LONGER_RELEVANT],
  [S.BEING_ADDRESSED, S.RESOLVED],
  [S.BEING_ADDRESSED, S.NO_LONGER_RELEVANT],
];
const REFUSED = Object.values(S)
  .flatMap((from) => Object.values(S).map((to): [NeedStatus, NeedStatus] => [from, to]))
  .filter(([from, to]) => !ALLOWED.some(([a, b]) => a === from && b === to));

describe('need status transitions', () => {
  it.each(ALLOWED)('lets %s move to %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(REFUSED)('refuses %s -> %s on the status field, naming what is allowed', (from, to) => {
    const error = refusal(() => assertTransition(from, to));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'status', code: 'INVALID_TRANSITION' })]);
    expect(error.details).toMatchObject({ reason: 'INVALID_TRANSITION', from, to });
    expect(error.details.allowedTransitions).toEqual(ALLOWED.filter(([a]) => a === from).map(([, b]) => b));
  });

  it('says a final entry has nowhere to go', () => {
    const error = refusal(() => assertTransition(S.RESOLVED, S.BEING_ADDRESSED));
    expect(error.details.allowedTransitions).toEqual([]);
    expect(error.message).toContain('it is final');
  });

  it('keeps the fields of a resolved or no longer relevant entry, with a CONFLICT', () => {
    expect(() => assertEditable(S.BEING_ADDRESSED)).not.toThrow();
    for (const status of [S.RESOLVED, S.NO_LONGER_RELEVANT]) {
      expect(() => assertEditable(status)).toThrow(expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ reason: 'NEED_CLOSED' }) }));
    }
  });
});

describe('the day a need was first noticed', () => {
  // 2026-12-06 21:00 UTC is already 7 December in Kazakhstan (UTC+5).
  const now = new Date('2026-12-06T21:00:00Z');

  it('takes today in Kazakhstan and earlier days', () => {
    expect(parseNoticedOn('2026-12-07', 'firstNoticedOn', now)).toBe('2026-12-07');
    expect(parseNoticedOn('2025-03-01', 'firstNoticedOn', now)).toBe('2025-03-01');
  });

  it.each([
    ['2026-12-08', 'IN_THE_FUTURE'],
    ['2026-02-30', 'INVALID_DATE'],
    ['07.12.2026', 'INVALID_DATE'],
    ['1999-12-31', 'TOO_EARLY'],
  ])('refuses %s (%s) on the field', (value, code) => {
    expect(refusal(() => parseNoticedOn(value, 'input.firstNoticedOn', now)).fields).toEqual([expect.objectContaining({ field: 'input.firstNoticedOn', code })]);
  });

  it('refuses a text of blanks as missing', () => {
    expect(requiredText('  Жиналатын орын жоқ ', 'narrative')).toBe('Жиналатын орын жоқ');
    expect(refusal(() => requiredText('   ', 'narrative')).fields[0]).toMatchObject({ field: 'narrative', code: 'REQUIRED' });
  });
});
