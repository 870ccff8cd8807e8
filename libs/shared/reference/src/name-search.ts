/**
 * A search key for names written in Kazakh Cyrillic, Russian or Latin (the 2021 Kazakh alphabet,
 * English, or an ad-hoc transliteration): everything folds to plain lowercase Latin letters and
 * digits, so "Қамқор", "камкор", "Qamqor" and "kamkor" all give "kamkor". The folding is coarse on
 * purpose (q = k, h = kh, y = i, the Kazakh vowels lose their marks, doubled letters count once): it is for finding and for spotting
 * duplicates, never for display.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
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

/** Longer texts (no name is) go through the rules. */
const TABLE_MAX_LENGTH = 1_000;
/** In UNITS: a unit not yet worked out, and a unit that sends its text through the rules. */
const UNKNOWN = -1;
const BY_RULES = -2;
/**
 * foldedUnit of each code unit, its (at most three) characters packed one byte each, the first
 * lowest (0: the unit folds to nothing); UNKNOWN until first met, BY_RULES for null or longer folds.
 */
const UNITS = new Int32Array(0x10000).fill(UNKNOWN);
/** The Latin folds of one letter: q k, x h, w v, y i, and j z (followed by h); others stay. */
const LATIN = Uint8Array.from({ length: 128 }, (_, c) => ({ q: 107, x: 104, w: 118, y: 105, j: 122 })[String.fromCharCode(c)] ?? c);
/** The folded units of the text being keyed, then its key, as character codes (reused: one text at a time). */
const units = new Uint8Array(3 * TABLE_MAX_LENGTH);
const key = new Uint8Array(6 * TABLE_MAX_LENGTH);

function packedUnit(unit: number): number {
  const folded = foldedUnit(unit);
  if (folded === null || folded.length > 3) return BY_RULES;
  let packed = 0;
  for (let k = folded.length - 1; k >= 0; k--) packed = (packed << 8) | folded.charCodeAt(k);
  return packed;
}

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
    let packed = UNITS[unit];
    if (packed === UNKNOWN) packed = UNITS[unit] = packedUnit(unit);
    if (packed === BY_RULES) return nameSearchKeyByRules(text);
    for (; packed; packed >>>= 8) units[n++] = packed & 0xff;
  }
  // The Latin folds (one pass, longest match first), then a run of dropped characters as one space,
  // a doubled letter as one, and no space at either end: all as the key is written.
  let length = 0;
  let space = false;
  let last = 0;
  for (let i = 0; i < n;) {
    const c = units[i];
    if (c === 32) {
      space = length > 0;
      last = 0;
      i++;
      continue;
    }
    let first: number;
    let second = 0;
    if (c === 115 /* s */ && i + 2 < n && units[i + 1] === 99 /* c */ && units[i + 2] === 104 /* h */) {
      first = 115;
      second = 104;
      i += 3;
    } else if (c === 107 /* k */ && i + 1 < n && units[i + 1] === 104 /* h */) {
      first = 104;
      i += 2;
    } else {
      first = LATIN[c];
      if (c === 106 /* j */) second = 104;
      i++;
    }
    if (space) {
      key[length++] = 32;
      space = false;
    } else if (first === last && first >= 97 /* a letter, not a digit */) {
      first = 0;
    }
    if (first) key[length++] = last = first;
    // The second letter of sh or zh, once.
    if (second && second !== last) key[length++] = last = second;
  }
  return String.fromCharCode.apply(null, key.subarray(0, length) as unknown as number[]);
}

/**
 * The key used to compare names for duplicates: the search key without quotes, legal-form words
 * and abbreviations that every NGO name carries (ОФ, ОО, ҚҚ, ҚБ, фонд, ...) and single letters.
 */
const LEGAL_WORDS = new Set([
  'of',
  'oo',
  'ok',
  'kk',
  'kb',
  'ob',
  'ozl',
  'chu',
  'ul',
  'too',
  'pf',
  'pa',
  'ngo',
  'nko',
  'npo',
  'obshestveni',
  'obshestvenoe',
  'obshestvenaia',
  'obedinenie',
  'fond',
  'kogamdik',
  'kor',
  'birlestik',
  'birlestigi',
  'koru',
  'public',
  'foundation',
  'association',
  'fund',
]);

const LEGAL_WORD_MAX_LENGTH = Math.max(...[...LEGAL_WORDS].map((word) => word.length));

export function nameDuplicateKey(text: string): string {
  return duplicateKeyOfSearchKey(nameSearchKey(text));
}

/** nameDuplicateKey for a text whose search key is already known. */
export function duplicateKeyOfSearchKey(searchKey: string): string {
  // The words kept so far, or null while every word has been kept (the key is then the search key
  // itself, made without a new string: most names carry no legal-form word).
  let kept: string | null = null;
  for (let start = 0; ;) {
    const end = searchKey.indexOf(' ', start);
    const stop = end === -1 ? searchKey.length : end;
    const keep = stop - start > 1 && (stop - start > LEGAL_WORD_MAX_LENGTH || !LEGAL_WORDS.has(searchKey.slice(start, stop)));
    if (!keep) kept ??= searchKey.slice(0, Math.max(0, start - 1));
    else if (kept !== null) kept = kept ? `${kept} ${searchKey.slice(start, stop)}` : searchKey.slice(start, stop);
    if (end === -1) return kept ?? searchKey;
    start = end + 1;
  }
}
