import { REPORT_TEXT_MIN_SUBSTANCE, type LocalizedText } from '@birge/shared-reference';

/** Why a narrative answer says nothing, or null when it says something. */
export type EmptyTextReason = 'EMPTY' | 'PLACEHOLDER' | 'TOO_SHORT' | 'REPEATED_CHARACTERS' | 'COPIES_QUESTION';

/** What people type to get past a required box, in the three languages, compared after normalizing. */
const PLACEHOLDER_WORDS = [
  'нет',
  'жоқ',
  'no',
  'none',
  'nothing',
  'n/a',
  'na',
  'нд',
  'todo',
  'tbd',
  'test',
  'тест',
  'xxx',
  'asdf',
  'qwerty',
  'йцукен',
  'нет данных',
  'мәлімет жоқ',
  'деректер жоқ',
  'no data',
  'без изменений',
  'өзгеріссіз',
  'өзгеріс жоқ',
  'no changes',
  'see above',
  'см выше',
  'см. выше',
  'жоғарыда көрсетілген',
  'будет позже',
  'later',
  'кейін',
  'заполню позже',
  'ok',
  'ок',
  'норм',
  'нормально',
  'всё хорошо',
  'все хорошо',
  'бәрі жақсы',
  'жақсы',
  'all good',
  'fine',
  'nil',
  'null',
  'пусто',
  'бос',
];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

const PLACEHOLDERS = new Set(PLACEHOLDER_WORDS.map(normalize));

/**
 * Completeness is judged on substance, not on a filled box: a required narrative answer is refused
 * when it is empty, a known placeholder (in kk, ru or en), shorter than REPORT_TEXT_MIN_SUBSTANCE
 * letters and digits, made of one or two characters repeated, lorem ipsum, or the question copied.
 */
export function emptyTextReason(text: string | null | undefined, question?: LocalizedText): EmptyTextReason | null {
  const normalized = normalize(text ?? '');
  if (!normalized) return 'EMPTY';
  if (PLACEHOLDERS.has(normalized) || normalized.includes('lorem ipsum')) return 'PLACEHOLDER';
  const signs = normalized.replace(/ /g, '');
  if (new Set(signs).size <= 2) return 'REPEATED_CHARACTERS';
  if (question && [question.kk, question.ru, question.en].some((label) => normalize(label) === normalized)) return 'COPIES_QUESTION';
  if (signs.length < REPORT_TEXT_MIN_SUBSTANCE) return 'TOO_SHORT';
  return null;
}

/** The message a person reads for each reason. */
export const EMPTY_TEXT_MESSAGES: Record<EmptyTextReason, string> = {
  EMPTY: 'is required',
  PLACEHOLDER: 'is a placeholder, not an answer: write what happened in the region',
  TOO_SHORT: `says too little: write at least ${REPORT_TEXT_MIN_SUBSTANCE} letters about the region`,
  REPEATED_CHARACTERS: 'is not text: write what happened in the region',
  COPIES_QUESTION: 'repeats the question: answer it',
};
