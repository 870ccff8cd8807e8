import { periodOf, recentPeriods } from './report-periods';

describe('report periods', () => {
  it('writes a date’s period as the API does', () => {
    const date = new Date(2026, 7, 15);
    expect([periodOf('MONTH', date), periodOf('QUARTER', date), periodOf('HALF_YEAR', date), periodOf('YEAR', date)]).toEqual(['2026-08', '2026-Q3', '2026-H2', '2026']);
  });

  it('lists the recent periods newest first, across a year, never before the form’s first', () => {
    expect(recentPeriods('QUARTER', 4, new Date(2026, 1, 3))).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
    expect(recentPeriods('MONTH', 5, new Date(2026, 1, 3), '2025-12')).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});
