import type { FieldError } from '@birge/server-kit';
import { OrganizationKind } from '@birge/shared-reference';
import { checkProfile, collapseWhitespace, parseIsoDate } from './organization.rules';

const slow = (value: string) => value.trim().replace(/\s+/g, ' ');

describe('collapseWhitespace', () => {
  it('gives what trim() and replace(/\\s+/g, " ") give, for every UTF-16 code unit wherever it stands', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}ab`, `ab${ch}`, `a ${ch}b`, `a${ch} b`, `a${ch}${ch}b`, ` ${ch} `, `Қа${ch}мқор ${ch}`]) {
        if (collapseWhitespace(text) !== slow(text)) throw new Error(`differs for U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('collapses runs, tabs, line breaks and Unicode spaces, and returns clean text as it is', () => {
    const samples = [
      '',
      ' ',
      '  ',
      'Қамқор қоры',
      ' Қамқор',
      'Қамқор ',
      'a  b',
      'a\tb',
      'a\r\nb',
      'a\u00a0b',
      'a \u3000 b',
      '\ufeffa',
      'a\u2028',
      'a\u0085b',
      'a\u200bb',
      'a\u180eb',
    ];
    for (const text of samples) expect(collapseWhitespace(text)).toBe(slow(text));
    const clean = 'Мейірім жастары №1';
    expect(collapseWhitespace(clean)).toBe(clean);
  });
});

describe('checkProfile founding date', () => {
  const errorsFor = (foundedOn: string, today: Date) => {
    const errors: FieldError[] = [];
    checkProfile({ foundedOn }, OrganizationKind.NGO, errors, today);
    return errors.map((e) => e.code);
  };

  it('judges a date seen before against the today of each call, and bad dates the same every time', () => {
    for (let round = 0; round < 2; round++) {
      expect(errorsFor('2026-11-26', new Date('2026-11-25T10:00:00Z'))).toEqual(['DATE_IN_FUTURE']);
      expect(errorsFor('2026-11-26', new Date('2026-11-26T00:00:00Z'))).toEqual([]);
      // 20:00 UTC on the 25th is 01:00 on the 26th in Kazakhstan: the 26th is today there.
      expect(errorsFor('2026-11-26', new Date('2026-11-25T20:00:00Z'))).toEqual([]);
      expect(errorsFor('2026-11-27', new Date('2026-11-25T20:00:00Z'))).toEqual(['DATE_IN_FUTURE']);
      expect(errorsFor(' 2020-02-29 ', new Date('2026-11-25T10:00:00Z'))).toEqual([]);
      for (const bad of ['2021-02-29', '2020-13-01', '2020-1-01', '2020-01-01T00', '０２０２-01-01']) expect(errorsFor(bad, new Date())).toEqual(['INVALID_DATE']);
      expect(errorsFor('1899-12-31', new Date())).toEqual(['INVALID_DATE']);
      expect(errorsFor('1900-01-01', new Date())).toEqual([]);
      expect(errorsFor('0050-01-01', new Date())).toEqual(['INVALID_DATE']);
    }
    expect(parseIsoDate('2020-02-29')?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
  });
});
