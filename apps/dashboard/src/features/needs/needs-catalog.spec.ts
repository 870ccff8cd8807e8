import { NEED_KIND_LABELS, NEED_STATUS_LABELS, NEED_THEME_LABELS, NeedStatus } from '@birge/shared-reference';
import en from '../../i18n/en.json';
import { isMessageKey, LOCALES } from '../../i18n/i18n';
import kk from '../../i18n/kk.json';
import ru from '../../i18n/ru.json';

const catalogs: Record<string, Record<string, string | undefined>> = { kk, ru, en };

describe('the needs register in the translation catalogs', () => {
  it('names every theme, kind and status as the shared reference does, in every language', () => {
    const labels = [
      ['needTheme', NEED_THEME_LABELS],
      ['needKind', NEED_KIND_LABELS],
      ['needStatus', NEED_STATUS_LABELS],
    ] as const;
    for (const [prefix, byValue] of labels) {
      for (const [value, text] of Object.entries(byValue)) {
        for (const locale of LOCALES) expect(catalogs[locale]?.[`${prefix}.${value}`]).toBe(text[locale]);
      }
    }
  });

  it('has an action for every status and a message for every code the register sends', () => {
    const keys = [
      ...Object.values(NeedStatus).map((status) => `needTransition.${status}`),
      ...['DISTRICT_NOT_IN_REGION', 'UNKNOWN_DISTRICT', 'UNKNOWN_REGION', 'IN_THE_FUTURE', 'INVALID_DATE', 'TOO_EARLY', 'REGION_REQUIRED', 'TOO_LONG', 'REQUIRED'].map(
        (code) => `errors.field.${code}`,
      ),
      ...['NEED_CLOSED', 'STALE_VERSION'].map((reason) => `errors.reason.${reason}`),
    ];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });
});
