import { ValidationError } from '../errors/domain-errors';
import { decodeCursor, decodeTimeIdCursor, encodeCursor, pageSize, toConnection } from './keyset';

describe('keyset pagination helpers', () => {
  it('round-trips cursor values and rejects cursors of another shape', () => {
    const cursor = encodeCursor(['2026-11-25T07:46:13.367Z', 'abc']);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-11-25T07:46:13.367Z', 'abc']);
    expect(decodeCursor(null, 2)).toBeNull();
    expect(() => decodeCursor(cursor, 3)).toThrow(ValidationError);
    expect(() => decodeCursor('%%%', 2)).toThrow(ValidationError);
    expect(() => decodeCursor(encodeCursor([{} as never, 1]), 2)).toThrow(ValidationError);
  });

  it('defaults and bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(ValidationError);
    expect(() => pageSize(101)).toThrow(ValidationError);
    expect(() => pageSize(1.5)).toThrow(ValidationError);
  });

  it('uses the extra row only to tell that another page follows', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, 2, 10, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(page.totalCount).toBe(10);
    const last = toConnection(rows.slice(0, 1), 2, 1, (r) => [r.id]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(['a']) });
    expect(toConnection([], 2, 0, (r: { id: string }) => [r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});

describe('decodeTimeIdCursor', () => {
  it('accepts a timestamp and a UUID and refuses anything else with INVALID_CURSOR', () => {
    const id = '0f8e2a1c-1111-4222-8333-944455556666';
    expect(decodeTimeIdCursor(encodeCursor(['2026-11-25T07:46:13.367Z', id]))).toEqual(['2026-11-25T07:46:13.367Z', id]);
    expect(decodeTimeIdCursor(undefined)).toBeNull();
    for (const bad of [encodeCursor(['yesterday', id]), encodeCursor(['2026-11-25T07:46:13.367Z', 'x']), encodeCursor([1, id])]) {
      expect(() => decodeTimeIdCursor(bad)).toThrow(ValidationError);
    }
  });
});
