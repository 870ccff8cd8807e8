import { CopyLines } from './copy-lines';

describe('CopyLines', () => {
  it('holds the UTF-8 bytes of the lines, each ended by a newline, growing past its first size', () => {
    const lines = new CopyLines(8);
    const texts = ['a,"Қамқор ұйымы",b', '', 'x'.repeat(50), '"Эмодзи 🙂, ""кавычки"""'];
    for (const text of texts) lines.append(text);
    expect(lines.count).toBe(4);
    expect(lines.bytes().toString('utf8')).toBe(texts.map((t) => `${t}\n`).join(''));
    expect(lines.bytes().equals(Buffer.from(texts.map((t) => `${t}\n`).join(''), 'utf8'))).toBe(true);
  });

  it('joins the fields of a line with commas', () => {
    const lines = new CopyLines(4);
    lines.append('1', '"Өрлеу"', '');
    lines.append('');
    expect(lines.bytes().toString('utf8')).toBe('1,"Өрлеу",\n\n');
    expect(lines.count).toBe(2);
  });

  it('is empty before the first line', () => {
    expect(new CopyLines().bytes().length).toBe(0);
  });
});
