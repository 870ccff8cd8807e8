import en from './en.json';
import { translate, type Locale, type MessageKey } from './i18n';
import kk from './kk.json';
import ru from './ru.json';

const plural = (locale: Locale, key: MessageKey, count: number) => translate(locale, key, { count });

describe('plural messages (ICU)', () => {
  it('pick the form the number asks for: Russian one, few and many; English one and other; Kazakh one form', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural('ru', 'inbox.total', n))).toEqual([
      '1 уведомление',
      '2 уведомления',
      '5 уведомлений',
      '11 уведомлений',
      '21 уведомление',
      '22 уведомления',
      '25 уведомлений',
    ]);
    expect([1, 2].map((n) => plural('en', 'inbox.total', n))).toEqual(['1 notification', '2 notifications']);
    expect([1, 2].map((n) => plural('kk', 'inbox.total', n))).toEqual(['1 хабарлама', '2 хабарлама']);
  });

  it('say rows, seats and requests in the right form in Russian ("1 строку", "2 строки", "5 строк")', () => {
    expect([1, 2, 5].map((n) => plural('ru', 'import.apply', n))).toEqual(['Импортировать (1 строку)', 'Импортировать (2 строки)', 'Импортировать (5 строк)']);
    expect([1, 3, 11].map((n) => plural('ru', 'bookings.seats', n))).toEqual(['1 место', '3 места', '11 мест']);
    expect(plural('ru', 'apiKeys.rateLimit', 21)).toBe('21 запрос в минуту');
    expect(plural('en', 'import.apply', 1)).toBe('Import (1 row)');
    expect(plural('kk', 'import.apply', 5)).toBe('Импорттау (5 жол)');
  });

  it("write the number in the language's style", () => {
    expect(plural('en', 'inbox.total', 1500)).toBe('1,500 notifications');
    expect(plural('ru', 'inbox.total', 1500).replace(/\s/g, ' ')).toBe('1 500 уведомлений');
  });

  it('are valid ICU in every catalog: no message comes back as its raw template', () => {
    for (const [locale, catalog] of Object.entries({ kk, ru, en }) as [Locale, Record<string, string>][]) {
      for (const key of Object.keys(catalog).filter((k) => catalog[k]?.includes(', plural,'))) {
        expect(plural(locale, key as MessageKey, 3)).not.toContain('plural');
      }
    }
  });

  it('leave no plural family of separate keys behind (tools/i18n/plural-families.ts folds them into one ICU message)', () => {
    const family = /\.(one|few|many|other)$/;
    for (const catalog of [kk, ru, en] as Record<string, string>[]) {
      expect(Object.keys(catalog).filter((key) => family.test(key))).toEqual([]);
    }
  });
});
