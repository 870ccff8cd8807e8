import { duplicateKeyOfSearchKey, nameSearchKey } from '@birge/shared-reference';

/** A word's part of a name's search key and of its duplicate key (either may be empty). */
interface FoldedWord {
  search: string;
  duplicate: string;
}

/**
 * nameKeys (organization.service) for a whole file: names repeat their words ("қоғамдық", "қоры",
 * "жастары", "фонд"), so each word is folded once and remembered. Folding never crosses a space
 * (letters map one by one, "kh"/"sch" and doubled letters stay inside a word, punctuation becomes a
 * space), so folding word by word gives exactly nameSearchKey of the whole name; the spec checks it.
 * The duplicate key drops words of the search key one by one, so it too is built word by word.
 */
export class NameKeyCache {
  private readonly words = new Map<string, FoldedWord>();

  constructor(private readonly maxWords = 200_000) {}

  /** nameSearchKey(text), for text whose whitespace is already single spaces. */
  searchKey(text: string): string {
    return this.fold(text).search;
  }

  /** The same keys as nameKeys() of organization.service, for cleaned names. */
  keys(names: (string | null | undefined)[]): { searchKey: string; duplicateKey: string } {
    const searchKeys: string[] = [];
    const duplicateKeys: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      // A name given again (the Kazakh name is often the name itself) adds no key.
      if (!name || names.indexOf(name) < i) continue;
      const folded = this.fold(name);
      if (searchKeys.includes(folded.search)) continue;
      searchKeys.push(folded.search);
      if (folded.duplicate && !duplicateKeys.includes(folded.duplicate)) duplicateKeys.push(folded.duplicate);
    }
    return { searchKey: searchKeys.join(' | '), duplicateKey: duplicateKeys.join(' | ') };
  }

  /** nameSearchKey(text) and duplicateKeyOfSearchKey of it, from the text's words. */
  private fold(text: string): FoldedWord {
    let search = '';
    let duplicate = '';
    let start = 0;
    for (;;) {
      const end = text.indexOf(' ', start);
      const word = end === -1 ? text.slice(start) : text.slice(start, end);
      if (word) {
        const folded = this.word(word);
        if (folded.search) search = search ? `${search} ${folded.search}` : folded.search;
        if (folded.duplicate) duplicate = duplicate ? `${duplicate} ${folded.duplicate}` : folded.duplicate;
      }
      if (end === -1) return { search, duplicate };
      start = end + 1;
    }
  }

  private word(word: string): FoldedWord {
    let folded = this.words.get(word);
    if (folded === undefined) {
      const search = nameSearchKey(word);
      folded = { search, duplicate: duplicateKeyOfSearchKey(search) };
      if (this.words.size >= this.maxWords) this.words.clear();
      this.words.set(word, folded);
    }
    return folded;
  }
}
