import PDFDocument from 'pdfkit';
import { EXPORT_CATALOGS, translator } from '../i18n/catalog';
import { formatDateTime } from '../time-zone';
import type { PdfBlock, PdfDocumentModel } from './pdf-document';
import { PDF_FONTS } from './pdf-fonts';
import { drawTable } from './pdf-table';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 48;
const FOOTER_GAP = 18;
const FONTS = { regular: 'birge-regular', bold: 'birge-bold' } as const;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawKeyValues(doc: Doc, items: { label: string; value: string }[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const labelWidth = width * 0.55;
  const valueWidth = width - labelWidth - 8;
  doc.fontSize(10);
  for (const item of items) {
    const height = Math.max(doc.font(FONTS.regular).heightOfString(item.label, { width: labelWidth }), doc.font(FONTS.bold).heightOfString(item.value, { width: valueWidth }));
    ensureRoom(doc, height + 4);
    const top = doc.y;
    doc.font(FONTS.regular).fillColor('#333333').text(item.label, left, top, { width: labelWidth });
    doc
      .font(FONTS.bold)
      .fillColor('black')
      .text(item.value, left + labelWidth + 8, top, { width: valueWidth, align: 'right' });
    doc.x = left;
    doc.y = top + height + 4;
  }
}

function drawBlock(doc: Doc, block: PdfBlock, model: PdfDocumentModel, t: ReturnType<typeof translator>): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  switch (block.kind) {
    case 'paragraph':
      doc
        .font(block.strong ? FONTS.bold : FONTS.regular)
        .fontSize(10)
        .fillColor('black');
      ensureRoom(doc, doc.currentLineHeight() * 2);
      doc.text(block.text, left, doc.y, { width, align: 'left' });
      if (block.strong) {
        // A title line keeps close to what it introduces.
        doc.moveDown(0.2);
        return;
      }
      break;
    case 'keyValues':
      drawKeyValues(doc, block.items);
      break;
    case 'table':
      drawTable(doc, block.table, model.locale, FONTS, { empty: t('table.empty'), continued: t('table.continued') });
      break;
  }
  doc.moveDown(0.6);
}

/** Page numbers and the generation time on every page, written once all pages exist (so "of N" is known). */
function drawFooters(doc: Doc, model: PdfDocumentModel, t: ReturnType<typeof translator>): void {
  const range = doc.bufferedPageRange();
  const generated = t('footer.generated', { time: formatDateTime(model.generatedAt, model.locale) });
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Below the bottom margin pdfkit would start a new page; lift the margin while the footer is written.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + FOOTER_GAP / 2;
    const width = doc.page.width - 2 * MARGIN;
    doc.font(FONTS.regular).fontSize(8).fillColor('#555555');
    doc.text(generated, MARGIN, y, { width, align: 'left', lineBreak: false });
    doc.text(t('footer.page', { page: i + 1, pages: range.count }), MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * Renders a document model to PDF (A4, DejaVu Sans embedded, so Kazakh, Russian and English text
 * all come out as text, searchable and copyable). Sections start where the previous one ended; a
 * heading never sits alone at the bottom of a page.
 */
export function renderPdf(model: PdfDocumentModel): Promise<Buffer> {
  const t = translator(EXPORT_CATALOGS, model.locale);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP },
    bufferPages: true,
    lang: model.locale,
    displayTitle: true,
    info: { Title: model.title, Author: model.author ?? 'Birge', Subject: model.subtitle ?? model.title, CreationDate: model.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONTS.regular, PDF_FONTS.regular);
  doc.registerFont(FONTS.bold, PDF_FONTS.bold);

  doc.font(FONTS.bold).fontSize(18).fillColor('black').text(model.title);
  if (model.subtitle) doc.font(FONTS.regular).fontSize(11).fillColor('#333333').text(model.subtitle);
  doc.moveDown(0.8);
  for (const section of model.sections) {
    ensureRoom(doc, 80);
    doc.font(FONTS.bold).fontSize(13).fillColor('black').text(section.heading, doc.page.margins.left, doc.y);
    doc.moveDown(0.4);
    for (const block of section.blocks) drawBlock(doc, block, model, t);
    doc.moveDown(0.4);
  }
  drawFooters(doc, model, t);
  doc.end();
  return done;
}
