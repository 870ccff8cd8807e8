import { ReportPeriodType } from '@birge/shared-reference';
import { ValidationError } from '@birge/server-kit';
import { dueOn, isOverdue, parsePeriod, periodContaining, prefillWindow, shiftPeriod, submittedOnTime } from './report-period';

describe('report periods', () => {
  it('reads each period type with its first and last day', () => {
    expect(parsePeriod(ReportPeriodType.MONTH, '2026-02', 'period')).toEqual({ type: 'MONTH', key: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(parsePeriod(ReportPeriodType.QUARTER, '2024-Q1', 'period')).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(parsePeriod(ReportPeriodType.HALF_YEAR, '2026-H2', 'period')).toMatchObject({ from: '2026-07-01', to: '2026-12-31' });
    expect(parsePeriod(ReportPeriodType.YEAR, '2026', 'period')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses a period of another type or shape, naming the field and an example', () => {
    for (const [type, value] of [
      [ReportPeriodType.QUARTER, '2026-07'],
      [ReportPeriodType.MONTH, '2026-13'],
      [ReportPeriodType.HALF_YEAR, '2026-H3'],
      [ReportPeriodType.YEAR, '1999'],
    ] as const) {
      let error: unknown;
      try {
        parsePeriod(type, value, 'periods.0');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual([expect.objectContaining({ field: 'periods.0', code: 'INVALID_PERIOD' })]);
    }
  });

  it('finds the period of a day and steps across years', () => {
    expect(periodContaining(ReportPeriodType.QUARTER, '2026-11-30').key).toBe('2026-Q4');
    expect(shiftPeriod(parsePeriod(ReportPeriodType.QUARTER, '2026-Q1', 'p'), -1).key).toBe('2025-Q4');
    expect(shiftPeriod(parsePeriod(ReportPeriodType.MONTH, '2026-12', 'p'), 1).key).toBe('2027-01');
    expect(shiftPeriod(parsePeriod(ReportPeriodType.HALF_YEAR, '2026-H1', 'p'), -3).key).toBe('2024-H2');
  });

  it('judges on-time and overdue by the end of the day in Kazakhstan (UTC+5)', () => {
    const q1 = parsePeriod(ReportPeriodType.QUARTER, '2026-Q1', 'p');
    const due = dueOn(q1, 15);
    expect(due).toBe('2026-04-15');
    // 23:59 in Astana on the due day is 18:59 UTC: on time; 00:00 the next day is late.
    expect(submittedOnTime(new Date('2026-04-15T18:59:00Z'), due, 0)).toBe(true);
    expect(submittedOnTime(new Date('2026-04-15T19:00:00Z'), due, 0)).toBe(false);
    expect(submittedOnTime(new Date('2026-04-17T18:00:00Z'), due, 2)).toBe(true);
    expect(isOverdue(new Date('2026-04-15T18:59:00Z'), due, false)).toBe(false);
    expect(isOverdue(new Date('2026-04-15T19:00:00Z'), due, false)).toBe(true);
    expect(isOverdue(new Date('2026-05-01T00:00:00Z'), due, true)).toBe(false);
  });

  it('counts a period from midnight to midnight in Kazakhstan', () => {
    const window = prefillWindow('100000000', parsePeriod(ReportPeriodType.MONTH, '2026-03', 'p'));
    expect(window.startsAt.toISOString()).toBe('2026-02-28T19:00:00.000Z');
    expect(window.endsBefore.toISOString()).toBe('2026-03-31T19:00:00.000Z');
  });
});
