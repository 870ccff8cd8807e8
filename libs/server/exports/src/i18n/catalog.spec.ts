import { EXPORT_CATALOGS, missingKeys, translator } from './catalog';

describe('export catalogs', () => {
  it('have the same keys in kk, ru and en', () => {
    expect(missingKeys(EXPORT_CATALOGS)).toEqual([]);
  });

  it('fill placeholders and refuse an unknown key', () => {
    expect(translator(EXPORT_CATALOGS, 'en')('footer.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(() => translator(EXPORT_CATALOGS, 'kk')('nope')).toThrow(/No kk text/);
  });
});
