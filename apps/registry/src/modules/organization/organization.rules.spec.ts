import { collapseWhitespace } from './organization.rules';

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
    const samples = ['', ' ', '  ', 'Қамқор қоры', ' Қамқор', 'Қамқор ', 'a  b', 'a\tb', 'a\r\nb', 'a\u00a0b', 'a \u3000 b', '\ufeffa', 'a\u2028', 'a\u0085b', 'a\u200bb', 'a\u180eb'];
    for (const text of samples) expect(collapseWhitespace(text)).toBe(slow(text));
    const clean = 'Мейірім жастары №1';
    expect(collapseWhitespace(clean)).toBe(clean);
  });
});
