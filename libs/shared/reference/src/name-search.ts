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

export function nameSearchKey(text: string): string {
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
