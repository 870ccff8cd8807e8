/**
 * Turns the dashboard catalogs' plural families (`<key>.one`, `.few`, `.many`, `.other`) into one
 * ICU plural message per key, `{count, plural, one {# …} few {# …} many {# …} other {# …}}`, with
 * only the categories each language has (CLDR: Russian one/few/many/other, Kazakh and English
 * one/other), the number written by `#` in the language's style. Keys keep their order; a catalog
 * without families is left as it is, so the script can be run again whenever keys are added.
 *
 *   node -r @swc-node/register tools/i18n/plural-families.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../apps/dashboard/src/i18n');
const CATEGORIES: Record<string, readonly string[]> = { kk: ['one', 'other'], ru: ['one', 'few', 'many', 'other'], en: ['one', 'other'] };
const FAMILY = /^(.*)\.(one|few|many|other)$/;

export function convertCatalog(catalog: Record<string, string>, categories: readonly string[]): Record<string, string> {
  const bases = new Set(
    Object.keys(catalog).flatMap((key) => {
      const match = FAMILY.exec(key);
      return match && `${match[1]}.other` in catalog ? [match[1] as string] : [];
    }),
  );
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(catalog)) {
    const match = FAMILY.exec(key);
    const base = match?.[1];
    if (!base || !bases.has(base)) {
      out[key] = text;
      continue;
    }
    if (base in out) continue;
    const branch = (category: string) => (catalog[`${base}.${category}`] ?? catalog[`${base}.other`] ?? '').replace(/\{count\}/g, '#');
    out[base] = `{count, plural, ${categories.map((category) => `${category} {${branch(category)}}`).join(' ')}}`;
  }
  return out;
}

if (require.main === module) {
  for (const [locale, categories] of Object.entries(CATEGORIES)) {
    const file = path.join(DIR, `${locale}.json`);
    const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const after = convertCatalog(before, categories);
    const changed = Object.keys(before).length - Object.keys(after).length;
    writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);
    console.log(`${locale}.json: ${changed === 0 ? 'no plural families' : `${changed} keys folded into ICU plural messages`}`);
  }
}
