import en from './en.json';
import { translatePlural } from './i18n';
import kk from './kk.json';
import ru from './ru.json';

describe('plural messages', () => {
  it('pick the form the number asks for: Russian one, few and many; English one and other; Kazakh one form', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => translatePlural('ru', 'inbox.total', n))).toEqual([
      '1 уведомление',
      '2 уведомления',
      '5 уведомлений',
      '11 уведомлений',
      '21 уведомление',
      '22 уведомления',
      '25 уведомлений',
    ]);
    expect([1, 2].map((n) => translatePlural('en', 'inbox.total', n))).toEqual(['1 notification', '2 notifications']);
    expect([1, 2].map((n) => translatePlural('kk', 'inbox.total', n))).toEqual(['1 хабарлама', '2 хабарлама']);
  });

  it('write the number in the language\'s style', () => {
    expect(translatePlural('en', 'inbox.total', 1500)).toBe('1,500 notifications');
    expect(translatePlural('ru', 'inbox.total', 1500).replace(/\s/g, ' ')).toBe('1 500 уведомлений');
  });

  it('have every form in every catalog', () => {
    for (const catalog of [kk, ru, en] as Record<string, string>[]) {
      for (const key of Object.keys(catalog).filter((k) => k.endsWith('.other'))) {
        const base = key.slice(0, -'.other'.length);
        for (const form of ['one', 'few', 'many']) expect(catalog[`${base}.${form}`]).toBeTruthy();
      }
    }
  });
});
