import { duplicateKeyOfSearchKey, nameSearchKey } from '@birge/shared-reference';
import { nameKeysOf } from './name-keys';

/** The keys as sets of names and keys define them. */
function reference(names: (string | null)[]): { searchKey: string; duplicateKey: string } {
  const searchKeys = [...new Set([...new Set(names.filter((n): n is string => !!n))].map(nameSearchKey))];
  return {
    searchKey: searchKeys.join(' | '),
    duplicateKey: [...new Set(searchKeys.map(duplicateKeyOfSearchKey).filter(Boolean))].join(' | '),
  };
}

const NAMES = [
  'Қамқор',
  'ҚАМҚОР қоғамдық қоры',
  'Общественный фонд "Камкор"',
  'Qamqor Public Foundation',
  'Мейірім жастары №12',
  'Ерікті-топ «Жарық»',
  'Кхмер щука — сч',
  'Алла Ала',
  'Söz ǵylym ńur',
  'Үміт іздеушілері',
  'ОФ «Шапағат»',
  '—',
  'Ааа ааа а',
  'Schule khan',
  'юность яблоко ёлка',
  'x-ray X',
  'Ізгілік 2024/25',
  'Ñandú Ōsaka',
  'Öрkен',
  'й і йі',
  'ОФ',
  'ҚҚ «Мейірім»',
  'Общественный фонд "Мейирим"',
  'a b c',
  'fond kor',
  '" — "',
  'Kh-kh',
  'Қоғамдық қоры',
  'NGO Birge 2024',
  'Qamqor',
];

describe('nameKeysOf', () => {
  it('keys a record by every distinct name, search key and duplicate key once, in order', () => {
    expect(nameKeysOf(['Қамқор', 'Қамқор қоғамдық қоры', 'Общественный фонд "Камкор"', 'Qamqor'])).toEqual({
      searchKey: 'kamkor | kamkor kogamdik kori | obshestveni fond kamkor',
      duplicateKey: 'kamkor | kamkor kori',
    });
    expect(nameKeysOf(['ОФ', null, undefined, ''])).toEqual({ searchKey: 'of', duplicateKey: '' });
  });

  it('gives the keys of the sets of names and keys for any four names, legal words, punctuation and repeats included', () => {
    for (let i = 0; i < NAMES.length; i++) {
      for (let j = 0; j < NAMES.length; j++) {
        const names = [NAMES[i], NAMES[j], j % 2 ? NAMES[i] : null, NAMES[(i + j) % NAMES.length]];
        expect(nameKeysOf(names)).toEqual(reference(names));
      }
    }
  });
});
