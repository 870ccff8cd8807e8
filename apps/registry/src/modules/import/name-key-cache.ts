import { duplicateKeyOfSearchKey, nameSearchKey } from '@birge/shared-reference';

/**
 * nameKeys (organization.service) for a whole file: names repeat their words ("қоғамдық", "қоры",
 * "жастары", "фонд"), so each word is folded once and remembered. Folding never crosses a space
 * (letters map one by one, "kh"/"sch" and doubled letters stay inside a word, punctuation becomes a
 * space), so folding word by word gives exactly nameSearchKey of the whole name; the spec checks it.
 */
export class NameKeyCache {
  private readonly words = new Map<string, string>();

  constructor(private readonly maxWords = 200_000) {}

  /** nameSearchKey(text), for text whose whitespace is already single spaces. */
  searchKey(text: string): string {
    let out = '';
    let start = 0;
    for (;;) {
      const end = text.indexOf(' ', start);
      const word = end === -1 ? text.slice(start) : text.slice(start, end);
      if (word) {
        let folded = this.words.get(word);
        if (folded === undefined) {
          folded = nameSearchKey(word);
          if (this.words.size >= this.maxWords) this.words.clear();
          this.words.set(word, folded);
        }
        if (folded) out = out ? `${out} ${folded}` : folded;
      }
      if (end === -1) return out;
      start = end + 1;
    }
  }

  /** The same keys as nameKeys() of organization.service, for cleaned names. */
  keys(names: (string | null | undefined)[]): { searchKey: string; duplicateKey: string } {
    const searchKeys: string[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const key = this.searchKey(name);
      if (!searchKeys.includes(key)) searchKeys.push(key);
    }
    const duplicateKeys: string[] = [];
    for (const key of searchKeys) {
      const duplicate = duplicateKeyOfSearchKey(key);
      if (duplicate && !duplicateKeys.includes(duplicate)) duplicateKeys.push(duplicate);
    }
    return { searchKey: searchKeys.join(' | '), duplicateKey: duplicateKeys.join(' | ') };
  }
}
