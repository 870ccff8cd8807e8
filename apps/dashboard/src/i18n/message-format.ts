import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Messages are ICU MessageFormat, formatted by FormatJS's intl-messageformat: plural categories
 * come from the language's CLDR rules (Russian "1 строка, 2 строки, 5 строк", which a `{count}`
 * template cannot say), `#` writes the number in the language's style. The small formatter alone,
 * without a React layer, is what the dashboard needs beside its own provider: the first download
 * stays small. The built app's dictionaries hold messages already parsed (the build parses them),
 * so the browser never loads the parser; tests and the development server parse at run time.
 */
export type MessageParams = Record<string, string | number>;

/** BCP 47 tags for numbers and plural rules. */
export const INTL_LOCALES: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const formatters = new Map<string, IntlMessageFormat | null>();

/** A message as the dictionaries hold it: ICU text, or (built app) its parsed tree. */
export type Message = string | MessageFormatElement[];

/**
 * `template` with its placeholders filled. A template that is not valid ICU, or a placeholder
 * without a value, leaves the template as it is (`fallback` for a parsed one), so the mistake is
 * visible rather than hidden.
 */
export function formatMessage(template: Message, params?: MessageParams, locale = 'kk', cacheKey = `${locale}\u0000${String(template)}`, fallback = String(template)): string {
  let formatter = formatters.get(cacheKey);
  if (formatter === undefined) {
    try {
      formatter = new IntlMessageFormat(template, INTL_LOCALES[locale] ?? locale, undefined, { ignoreTag: true });
    } catch {
      formatter = null;
    }
    formatters.set(cacheKey, formatter);
  }
  if (!formatter) return fallback;
  try {
    return String(formatter.format(params));
  } catch {
    return fallback;
  }
}
