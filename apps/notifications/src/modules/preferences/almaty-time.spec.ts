import { almatyLocal } from './almaty-time';

describe('Almaty local time', () => {
  it('reads the local date, hour and weekday of an instant through the time-zone database', () => {
    // 02:30 UTC on Monday 7 December 2026 is 07:30 in Almaty (UTC+5 since March 2024).
    expect(almatyLocal(new Date('2026-12-07T02:30:00Z'))).toEqual({ date: '2026-12-07', hour: 7, weekday: 1 });
    // 20:00 UTC on Sunday is already Monday in Almaty.
    expect(almatyLocal(new Date('2026-12-06T20:00:00Z'))).toEqual({ date: '2026-12-07', hour: 1, weekday: 1 });
  });

  it('follows the zone’s history: Almaty was UTC+6 before March 2024', () => {
    expect(almatyLocal(new Date('2023-06-01T02:30:00Z')).hour).toBe(8);
  });
});
