import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Messages are ICU MessageFormat, formatted by FormatJS's intl-messageformat: plural categories
 * come from the language's CLDR rules (Russian "1 строка, 2 строки, 5 строк", which a `{count}`
 * template cannot say), `#` writes the number in the language's style. The small formatter alone,
 * without a React layer, is what the dashboard needs beside its own provider: the first download
 * stays small.
 */
export type MessageParams = Record<string, string | number>;

/** BCP 47 tags for numbers and plural rules. */
export const INTL_LOCALES: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const formatters = new Map<string, IntlMessageFormat | null>();

/**
 * `template` with its placeholders filled. A template that is not valid ICU, or a placeholder
 * without a value, leaves the template as it is, so the mistake is visible rather than hidden.
 */
export function formatMessage(template: string, params?: MessageParams, locale = 'kk', cacheKey = `${locale}\u0000${template}`): string {
  let formatter = formatters.get(cacheKey);
  if (formatter === undefined) {
    try {
      formatter = new IntlMessageFormat(template, INTL_LOCALES[locale] ?? locale, undefined, { ignoreTag: true });
    } catch {
      formatter = null;
    }
    formatters.set(cacheKey, formatter);
  }
  if (!formatter) return template;
  try {
    return String(formatter.format(params));
  } catch {
    return template;
  }
}
