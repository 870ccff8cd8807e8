import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const CATALOG = /\/src\/i18n\/(kk|ru|en)\.json$/;

/**
 * Parses every ICU message of the dictionaries when the dashboard is built, so the browser gets
 * ready message trees and the first download does without the ICU parser (about 10 kB gzip; the
 * build aliases it to FormatJS's `no-parser` entry). A message that is not valid ICU fails the
 * build with its key.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'birge-precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOG.test(id)) return null;
      const catalog = JSON.parse(code) as Record<string, string>;
      const parsed: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(catalog)) {
        try {
          parsed[key] = parse(message, { ignoreTag: true });
        } catch (error) {
          throw new Error(`${id}: "${key}" is not a valid ICU message: ${(error as Error).message}`);
        }
      }
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}
