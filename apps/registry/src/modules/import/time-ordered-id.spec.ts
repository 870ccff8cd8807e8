import { TimeOrderedIds } from './time-ordered-id';

describe('TimeOrderedIds', () => {
  it('makes RFC 9562 version 7 ids carrying the time, strictly increasing within a millisecond', () => {
    const ids = new TimeOrderedIds();
    const at = Date.UTC(2026, 10, 25, 10, 0, 0, 123);
    const made = Array.from({ length: 5000 }, () => ids.next(at));
    for (const id of made) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(made[0].replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(new Set(made).size).toBe(made.length);
    // Past 4,096 ids in one millisecond the time moves on by one, so the order still holds.
    expect([...made].sort()).toEqual(made);
    expect(ids.next(at - 5) > made[made.length - 1]).toBe(true);
  });
});
