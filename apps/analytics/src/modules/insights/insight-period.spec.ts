import { monthsOf, periodKeys, resolvePeriod, wholeMonths } from './insight-period';

const NOW = new Date('2026-03-15T10:00:00Z');
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fields: { field: string; code: string }[] }).fields[0];
  }
  throw new Error('did not throw');
};

describe('the period of an analytics query', () => {
  it('resolves a month, a quarter, a year and a range to calendar days, and the last 12 months by default', () => {
    expect(resolvePeriod({ month: '2024-02' }, NOW)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(resolvePeriod({ quarter: '2026-Q4' }, NOW)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(resolvePeriod({ year: 2025 }, NOW)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(resolvePeriod({ from: '2026-01-15', to: '2026-02-03' }, NOW)).toEqual({ from: '2026-01-15', to: '2026-02-03' });
    expect(resolvePeriod(null, NOW)).toEqual({ from: '2025-03-01', to: '2026-03-15' });
  });

  it('refuses two forms at once, half a range, a reversed range, a day that does not exist and a far year, naming the field', () => {
    expect(fieldOf(() => resolvePeriod({ month: '2026-01', year: 2026 }, NOW))).toMatchObject({ field: 'filter.period', code: 'ONE_PERIOD_FORM' });
    expect(fieldOf(() => resolvePeriod({ from: '2026-01-01' }, NOW))).toMatchObject({ field: 'filter.period.to', code: 'REQUIRED' });
    expect(fieldOf(() => resolvePeriod({ to: '2026-01-01' }, NOW))).toMatchObject({ field: 'filter.period.from', code: 'REQUIRED' });
    expect(fieldOf(() => resolvePeriod({ from: '2026-02-01', to: '2026-01-01' }, NOW))).toMatchObject({ field: 'filter.period.from', code: 'AFTER_TO' });
    expect(fieldOf(() => resolvePeriod({ from: '2026-02-30', to: '2026-03-01' }, NOW))).toMatchObject({ field: 'filter.period.from', code: 'INVALID_DATE' });
    expect(fieldOf(() => resolvePeriod({ year: 1999 }, NOW))).toMatchObject({ field: 'filter.period.year', code: 'YEAR_OUT_OF_RANGE' });
  });

  it('lists the months, quarters and years a period touches, across a year end', () => {
    const period = { from: '2025-11-20', to: '2026-02-10' };
    expect(monthsOf(period)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodKeys(period, 'QUARTER')).toEqual(['2025-Q4', '2026-Q1']);
    expect(periodKeys(period, 'YEAR')).toEqual(['2025', '2026']);
    expect(wholeMonths(period)).toEqual({ from: '2025-11-01', to: '2026-02-28' });
  });
});
