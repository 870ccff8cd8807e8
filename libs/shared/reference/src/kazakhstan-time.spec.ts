import { addCalendarDays, endOfKazakhstanDay, kazakhstanClock, kazakhstanDay, kazakhstanMinute, kazakhstanWallClock, startOfKazakhstanDay } from './kazakhstan-time';

describe('Kazakhstan time', () => {
  it('tells the day in Kazakhstan, which begins five hours before UTC’s since March 2024', () => {
    expect(kazakhstanDay(new Date('2026-12-06T18:59:59Z'))).toBe('2026-12-06');
    expect(kazakhstanDay(new Date('2026-12-06T19:00:00Z'))).toBe('2026-12-07');
    // Before 1 March 2024 Almaty was six hours ahead: the zone database, not code, knows it.
    expect(kazakhstanDay(new Date('2023-06-01T18:30:00Z'))).toBe('2023-06-02');
  });

  it('gives the local hour and ISO weekday', () => {
    expect(kazakhstanClock(new Date('2026-12-07T03:30:00Z'))).toEqual({ date: '2026-12-07', hour: 8, weekday: 1 });
    expect(kazakhstanClock(new Date('2026-12-13T20:00:00Z'))).toEqual({ date: '2026-12-14', hour: 1, weekday: 1 });
    // The zone's history: Almaty was UTC+6 before March 2024.
    expect(kazakhstanClock(new Date('2023-06-01T02:30:00Z')).hour).toBe(8);
  });

  it('finds where a local day begins and ends', () => {
    expect(startOfKazakhstanDay('2026-12-07').toISOString()).toBe('2026-12-06T19:00:00.000Z');
    expect(endOfKazakhstanDay('2026-12-31').toISOString()).toBe('2026-12-31T19:00:00.000Z');
    expect(startOfKazakhstanDay('2023-06-02').toISOString()).toBe('2023-06-01T18:00:00.000Z');
  });

  it('adds calendar days across months and leap years', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('writes a moment as the wall clock showed it in Kazakhstan', () => {
    expect(kazakhstanMinute(new Date('2026-12-06T20:30:59Z'))).toBe('2026-12-07 01:30');
    expect(kazakhstanWallClock(new Date('2026-12-07T04:31:05Z')).toISOString()).toBe('2026-12-07T09:31:05.000Z');
  });
});
