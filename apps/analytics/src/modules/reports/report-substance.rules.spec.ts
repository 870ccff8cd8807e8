import { emptyTextReason } from './report-substance.rules';

const question = { kk: 'Өңірде не болды?', ru: 'Что произошло в регионе?', en: 'What happened in the region?' };

describe('completeness judged on substance', () => {
  it.each([
    ['', 'EMPTY'],
    ['   \n ', 'EMPTY'],
    ['-', 'EMPTY'],
    ['нет данных', 'PLACEHOLDER'],
    ['Жоқ.', 'PLACEHOLDER'],
    ['N/A', 'PLACEHOLDER'],
    ['TODO', 'PLACEHOLDER'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing', 'PLACEHOLDER'],
    ['ааааааааааааааааааааааааа', 'REPEATED_CHARACTERS'],
    ['abababababababababababab', 'REPEATED_CHARACTERS'],
    ['Что произошло в регионе?', 'COPIES_QUESTION'],
    ['Бәрі өтті', 'TOO_SHORT'],
  ])('refuses %j as %s', (text, reason) => {
    expect(emptyTextReason(text, question)).toBe(reason);
  });

  it('accepts a narrative that says something, in any of the three languages', () => {
    expect(emptyTextReason('Үш ауданда жаңа бастамашыл топтар құрылды, әкімдікпен кездесу өтті.', question)).toBeNull();
    expect(emptyTextReason('В двух районах нет помещений для встреч волонтёров.', question)).toBeNull();
    expect(emptyTextReason('Two new initiative groups registered in Semey.', question)).toBeNull();
  });
});
