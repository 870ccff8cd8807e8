/**
 * A search key for names written in Kazakh Cyrillic, Russian or Latin (the 2021 Kazakh alphabet,
 * English, or an ad-hoc transliteration): everything folds to plain lowercase Latin letters and
 * digits, so "Қамқор", "камкор", "Qamqor" and "kamkor" all give "kamkor". The folding is coarse on
 * purpose (q = k, h = kh, y = i, the Kazakh vowels lose their marks, doubled letters count once): it is for finding and for spotting
 * duplicates, never for display.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

/** Latin spellings folded the same way as the Cyrillic above (one pass, longest match first). */
const LATIN_FOLDS: Record<string, string> = { sch: 'sh', kh: 'h', ı: 'i', q: 'k', x: 'h', w: 'v', j: 'zh', y: 'i' };
const LATIN_FOLD = /sch|kh|[ıqxwjy]/g;
const CYRILLIC_LETTER = /[а-яёәғқңөұүһі]/g;
const NON_ASCII = /[^ -~]/; // anything outside printable ASCII

/**
 * The search key of a name: the rules below, in full. nameSearchKey gives the same key, faster, for
 * names written with the letters and marks names are mostly written with; this is the definition.
 */
export function nameSearchKeyByRules(text: string): string {
  let out = text.toLowerCase().replace(CYRILLIC_LETTER, (char) => CYRILLIC[char] ?? char);
  // Accents and the 2021 alphabet's marks (á, ǵ, ń, ó, ú, ý) go; letters stay.
  if (NON_ASCII.test(out)) out = out.normalize('NFKD').replace(/\p{M}/gu, '');
  return out
    .replace(LATIN_FOLD, (match) => LATIN_FOLDS[match])
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1+/g, '$1') // doubled letters: Алла/Ала, Мейірім/Мейирим (й + і)
    .trim();
}

/**
 * What the rules make of one UTF-16 code unit before the Latin spelling folds: letters a-z, digits,
 * and a space for each character the key drops (every character but a-z, 0-9 and ı becomes one).
 * Each step before the Latin folds works on one character at a time (lower case, Cyrillic to Latin,
 * decomposition and the marks dropped), so a name's units fold to the concatenation of theirs. Null
 * for a unit that is not a character alone (half of a surrogate pair) or whose lower case is two
 * units (İ): a name with one takes the rules in full.
 */
function foldedUnit(unit: number): string | null {
  if (unit >= 0xd800 && unit <= 0xdfff) return null;
  const lower = String.fromCharCode(unit).toLowerCase();
  if (lower.length !== 1) return null;
  let out = ONE_CYRILLIC_LETTER.test(lower) ? (CYRILLIC[lower] ?? lower) : lower;
  if (NON_ASCII.test(out)) out = out.normalize('NFKD').replace(/\p{M}/gu, '');
  let folded = '';
  for (const char of out) folded += /^[a-z0-9]$/.test(char) ? char : char === 'ı' ? 'i' : ' ';
  return folded;
}

const ONE_CYRILLIC_LETTER = /^[а-яёәғқңөұүһі]$/;
/** foldedUnit of each code unit met so far (undefined: not yet worked out). */
const UNITS: (string | null | undefined)[] = [];
/** Longer texts (no name is) go through the rules. */
const TABLE_MAX_LENGTH = 1_000;
/** The folded units of the text being keyed, then its key, as character codes (reused: one text at a time). */
let units = new Uint8Array(256);
let key = new Uint8Array(512);

/**
 * A search key for names written in Kazakh Cyrillic, Russian or Latin: nameSearchKeyByRules(text),
 * worked out a code unit at a time from a table instead of by five regular expressions over the
 * text (for a name of forty letters, a tenth of the time).
 */
export function nameSearchKey(text: string): string {
  if (text.length > TABLE_MAX_LENGTH) return nameSearchKeyByRules(text);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let folded = UNITS[unit];
    if (folded === undefined) folded = UNITS[unit] = foldedUnit(unit);
    if (folded === null) return nameSearchKeyByRules(text);
    if (n + folded.length > units.length) units = grow(units, n + folded.length);
    for (let k = 0; k < folded.length; k++) units[n++] = folded.charCodeAt(k);
  }
  // j folds to zh: the key is at most twice as long.
  if (key.length < 2 * n) key = grow(key, 2 * n);
  // The Latin folds (one pass, longest match first), then a run of dropped characters as one space,
  // a doubled letter as one, and no space at either end: all as the key is written.
  let length = 0;
  let space = false;
  let last = 0;
  const put = (code: number): void => {
    if (space) {
      key[length++] = 32;
      space = false;
    } else if (code === last && code >= 97 /* a */ && code <= 122 /* z */) return;
    key[length++] = code;
    last = code;
  };
  for (let i = 0; i < n; ) {
    const c = units[i];
    if (c === 32) {
      space = length > 0;
      last = 0;
      i++;
    } else if (c === 115 /* s */ && i + 2 < n && units[i + 1] === 99 /* c */ && units[i + 2] === 104 /* h */) {
      put(115);
      put(104);
      i += 3;
    } else if (c === 107 /* k */ && i + 1 < n && units[i + 1] === 104 /* h */) {
      put(104);
      i += 2;
    } else {
      i++;
      if (c === 113 /* q */) put(107);
      else if (c === 120 /* x */) put(104);
      else if (c === 119 /* w */) put(118);
      else if (c === 121 /* y */) put(105);
      else if (c === 106 /* j */) {
        put(122);
        put(104);
      } else put(c);
    }
  }
  return String.fromCharCode.apply(null, key.subarray(0, length) as unknown as number[]);
}

function grow(codes: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(needed, codes.length * 2));
  grown.set(codes);
  return grown;
}

/**
 * The key used to compare names for duplicates: the search key without quotes, legal-form words
 * and abbreviations that every NGO name carries (ОФ, ОО, ҚҚ, ҚБ, фонд, ...) and single letters.
 */
const LEGAL_WORDS = new Set([
  'of', 'oo', 'ok', 'kk', 'kb', 'ob', 'ozl', 'chu', 'ul', 'too', 'pf', 'pa', 'ngo', 'nko', 'npo',
  'obshestveni', 'obshestvenoe', 'obshestvenaia', 'obedinenie', 'fond', 'kogamdik', 'kor', 'birlestik', 'birlestigi', 'koru',
  'public', 'foundation', 'association', 'fund',
]);

export function nameDuplicateKey(text: string): string {
  return duplicateKeyOfSearchKey(nameSearchKey(text));
}

/** nameDuplicateKey for a text whose search key is already known. */
export function duplicateKeyOfSearchKey(searchKey: string): string {
  // A key of one word (a word folded alone, say) is kept or dropped whole, without split and join.
  if (!searchKey.includes(' ')) return searchKey.length > 1 && !LEGAL_WORDS.has(searchKey) ? searchKey : '';
  return searchKey
    .split(' ')
    .filter((word) => word.length > 1 && !LEGAL_WORDS.has(word))
    .join(' ');
}
