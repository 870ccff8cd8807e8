import { duplicateKeyOfSearchKey, nameDuplicateKey, nameSearchKey } from './name-search';

describe('name search key', () => {
  it('folds Kazakh Cyrillic, Russian and Latin spellings of one name together', () => {
    for (const spelling of ['Қамқор', 'камкор', 'КАМКОР', 'Qamqor', 'kamkor', 'QAMQOR']) {
      expect(nameSearchKey(spelling)).toBe('kamkor');
    }
  });

  it('handles every Kazakh letter and the 2021 Latin marks', () => {
    expect(nameSearchKey('ә ғ қ ң ө ұ ү һ і')).toBe('a g k n o u u h i');
    expect(nameSearchKey('Taza Álem')).toBe(nameSearchKey('Таза Әлем'));
    expect(nameSearchKey('Saǵlyq')).toBe(nameSearchKey('Саглык'));
    expect(nameSearchKey('Жетісу')).toBe(nameSearchKey('Jetisu'));
    expect(nameSearchKey('Мейірім')).toBe(nameSearchKey('Meyirim'));
  });

  it('drops punctuation and quotes', () => {
    expect(nameSearchKey('«Мейірім» ҚҚ, Алматы!')).toBe('meirim k almati');
  });

  it('ignores legal-form words for duplicate detection', () => {
    expect(nameDuplicateKey('ҚҚ «Мейірім»')).toBe('meirim');
    expect(nameDuplicateKey('Общественный фонд "Мейирим"')).toBe('meirim');
  });

  it('drops legal-form words and single letters from one-word keys as from longer ones', () => {
    const reference = (key: string, legal: (word: string) => boolean) => key.split(' ').filter((word) => word.length > 1 && !legal(word)).join(' ');
    const legal = (word: string) => duplicateKeyOfSearchKey(`${word} x`) === '';
    for (const key of ['', 'a', '7', 'of', 'fond', 'kor', 'kamkor', '12', 'o1', 'public', 'foundation', 'kamkor kor', 'of meirim', 'a b c', 'zhastari o6']) {
      expect(duplicateKeyOfSearchKey(key)).toBe(reference(key, legal));
    }
    expect(duplicateKeyOfSearchKey('fond')).toBe('');
    expect(duplicateKeyOfSearchKey('meirim')).toBe('meirim');
  });
});
