import { checkPublishedOn, checkReach, outletOfLink } from './publication-rules';

describe('publication rules', () => {
  it('names the outlet of a link by its site', () => {
    expect(outletOfLink('https://www.tengrinews.kz/news/volunteers-123')).toBe('tengrinews.kz');
    expect(outletOfLink('http://kaz.inform.kz/a')).toBe('kaz.inform.kz');
  });

  it('refuses a negative or fractional reach and a day still to come', () => {
    expect(checkReach(null)).toBeNull();
    expect(checkReach(1200)).toBe(1200);
    expect(() => checkReach(-1)).toThrow(/0 or more/);
    expect(() => checkReach(1.5)).toThrow(/whole number/);
    expect(checkPublishedOn('2026-01-31', '2026-02-01')).toBe('2026-01-31');
    expect(() => checkPublishedOn('2026-02-02', '2026-02-01')).toThrow(/today or earlier/);
    expect(() => checkPublishedOn('2026-02-30', '2026-03-01')).toThrow(/YYYY-MM-DD/);
  });
});
