import { readPdfText } from '@birge/server-testing';
import type { ExportTable } from '../table';
import type { PdfDocumentModel } from './pdf-document';
import { renderPdf } from './pdf-render';

const KAZAKH_WORDS = ['Әлеуметтік', 'Ғылым', 'Қарағанды', 'Маңғыстау', 'Өскемен', 'Ұлытау', 'Үміт', 'Һ', 'Ілияс'];

function manyRows(count: number): ExportTable {
  return {
    name: 'Аудандар',
    columns: [
      { header: 'Аудан', type: 'text', width: 30 },
      { header: 'Ұйымдар', type: 'number' },
      { header: 'Үлесі', type: 'percent' },
      { header: 'Соңғы байланыс', type: 'date', width: 18 },
    ],
    rows: Array.from({ length: count }, (_, i) => [`Аудан №${i + 1} Қызылорда`, 1000 + i, i / count, new Date(Date.UTC(2026, 11, 6, 20, 30))]),
  };
}

const model = (overrides: Partial<PdfDocumentModel> = {}): PdfDocumentModel => ({
  title: 'Ұлттық шолу',
  subtitle: 'Қазақстан Республикасы',
  locale: 'kk',
  generatedAt: new Date('2026-12-07T04:00:00Z'),
  sections: [
    {
      heading: 'Көрсеткіштер',
      blocks: [
        {
          kind: 'keyValues',
          items: [
            { label: 'Ұйымдар саны', value: '12 345' },
            { label: 'Ашық өтінімдер', value: '67' },
          ],
        },
      ],
    },
    { heading: 'Ашық қажеттіліктер', blocks: [{ kind: 'paragraph', text: KAZAKH_WORDS.join(' ') }] },
    { heading: 'Аудандар бойынша', blocks: [{ kind: 'table', table: manyRows(120) }] },
  ],
  ...overrides,
});

describe('renderPdf', () => {
  it('embeds a font that renders Kazakh letters: pdf.js extracts the exact words', async () => {
    const pdf = await renderPdf(model());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    const { text, title } = await readPdfText(pdf);
    expect(title).toBe('Ұлттық шолу');
    for (const word of KAZAKH_WORDS) expect(text).toContain(word);
    expect(text).toContain('Ұйымдар саны');
    expect(text).toContain('12 345');
  });

  it('breaks a long table across pages with its header repeated, and numbers every page with the Almaty time', async () => {
    const { pages } = await readPdfText(await renderPdf(model()));
    expect(pages.length).toBeGreaterThan(2);
    const joined = pages.map((lines) => lines.join('\n'));
    const withHeader = joined.filter((page) => page.includes('Соңғы байланыс'));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    expect(joined.at(-1)).toContain('Аудан №120 Қызылорда');
    joined.forEach((page, i) => {
      expect(page).toContain(`${pages.length} беттің ${i + 1}-беті`);
      // 04:00 UTC is 09:00 in Almaty.
      expect(page).toContain('07.12.2026, 09:00');
    });
    // Every row comes out exactly once.
    for (const n of [1, 60, 119, 120]) expect(joined.join('\n').split(`Аудан №${n} Қызылорда`).length - 1).toBe(1);
  });

  it("speaks the reader's language in its own texts", async () => {
    const { text } = await readPdfText(await renderPdf(model({ locale: 'ru', sections: [{ heading: 'Пусто', blocks: [{ kind: 'table', table: manyRows(0) }] }] })));
    expect(text).toContain('Страница 1 из 1');
    expect(text).toContain('Нет данных');
    expect(text).toContain('время Алматы');
  });
});
