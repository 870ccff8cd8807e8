import { nameSearchKey } from '@birge/shared-reference';
import { nameKeys } from '../organization/organization.service';
import { NameKeyCache } from './name-key-cache';

const NAMES = [
  'Қамқор', 'ҚАМҚОР қоғамдық қоры', 'Общественный фонд "Камкор"', 'Qamqor Public Foundation', 'Мейірім жастары №12',
  'Ерікті-топ «Жарық»', 'Кхмер щука — сч', 'Алла  Ала', 'Söz ǵylym ńur', 'Үміт іздеушілері', 'ОФ «Шапағат» ', '—', 'Ааа ааа а',
  'Schule khan', 'юность яблоко ёлка', 'x-ray X', 'Ізгілік 2024/25', 'Ñandú Ōsaka', 'Öрkен', 'й і йі',
];

describe('NameKeyCache', () => {
  it('folds word by word exactly as nameSearchKey folds the whole name', () => {
    const cache = new NameKeyCache(5);
    for (const name of NAMES) {
      const cleaned = name.trim().replace(/\s+/g, ' ');
      expect(cache.searchKey(cleaned)).toBe(nameSearchKey(cleaned));
      expect(cache.searchKey(cleaned)).toBe(nameSearchKey(cleaned));
    }
  });

  it('gives the keys nameKeys gives a record', () => {
    const cache = new NameKeyCache();
    const record = { name: 'Қамқор', nameKk: 'Қамқор қоғамдық қоры', nameRu: 'Общественный фонд "Камкор"', nameLatin: 'Qamqor' };
    expect(cache.keys([record.name, record.nameKk, record.nameRu, record.nameLatin])).toEqual(nameKeys(record));
    expect(cache.keys(['Мейірім', null, null, null])).toEqual(nameKeys({ name: 'Мейірім', nameKk: null, nameRu: null, nameLatin: null }));
  });

  it('gives the keys nameKeys gives for any four names, legal words, punctuation and repeats included', () => {
    const more = ['ОФ', 'ҚҚ «Мейірім»', 'Общественный фонд "Мейирим"', 'a b c', 'fond kor', '" — "', 'Kh-kh', 'Қоғамдық қоры', 'NGO Birge 2024'];
    const names = [...NAMES, ...more].map((name) => name.trim().replace(/\s+/g, ' '));
    const cache = new NameKeyCache(7);
    for (let i = 0; i < names.length; i++) {
      for (let j = 0; j < names.length; j += 3) {
        const record = { name: names[i], nameKk: names[j], nameRu: j % 2 ? names[i] : null, nameLatin: names[(i + j) % names.length] };
        expect(cache.keys([record.name, record.nameKk, record.nameRu, record.nameLatin])).toEqual(nameKeys(record));
      }
    }
  });
});
