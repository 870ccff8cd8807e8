import type { Locale } from '@birge/shared-reference';
import type PDFDocument from 'pdfkit';
import { DEFAULT_COLUMN_WIDTH, type CellType, type CellValue, type ExportTable } from '../table';
import { formatDateTime, numberFormat } from '../time-zone';

type Doc = InstanceType<typeof PDFDocument>;

const FONT_SIZE = 8.5;
const PADDING = 3;
const HEADER_FILL = '#e8ecf1';
const RULE = '#b8c2cc';

/** A cell as a reader sees it in a PDF: numbers grouped in the reader's way, percents with their sign, Almaty times. */
export function pdfCellText(value: CellValue, type: CellType, locale: Locale): string {
  if (value === null) return '';
  switch (type) {
    case 'text':
      return value as string;
    case 'number':
      return numberFormat(locale).format(value as number);
    case 'percent':
      return numberFormat(locale, 'percent').format(value as number);
    case 'date':
      return formatDateTime(value as Date, locale);
  }
}

interface Layout {
  left: number;
  widths: number[];
  /** The lowest y a row may reach on a page. */
  bottom: number;
}

function rowHeight(doc: Doc, cells: string[], layout: Layout, font: string): number {
  doc.font(font).fontSize(FONT_SIZE);
  return Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: layout.widths[i] - 2 * PADDING }))) + 2 * PADDING;
}

function drawRow(doc: Doc, cells: string[], layout: Layout, font: string, aligns: ('left' | 'right')[], height: number, fill?: string): void {
  const top = doc.y;
  let x = layout.left;
  const total = layout.widths.reduce((a, b) => a + b, 0);
  if (fill) doc.save().rect(layout.left, top, total, height).fill(fill).restore();
  doc.font(font).fontSize(FONT_SIZE).fillColor('black');
  cells.forEach((text, i) => {
    // A cell taller than a page is cut with an ellipsis rather than spilling over the footer.
    doc.text(text, x + PADDING, top + PADDING, { width: layout.widths[i] - 2 * PADDING, height: height - 2 * PADDING, align: aligns[i], ellipsis: true, lineBreak: true });
    x += layout.widths[i];
  });
  doc
    .save()
    .moveTo(layout.left, top + height)
    .lineTo(layout.left + total, top + height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke()
    .restore();
  doc.x = layout.left;
  doc.y = top + height;
}

/**
 * Draws a table at the current position across the page's width, columns sized by their widths.
 * A row that does not fit starts a new page, where the header row is drawn again.
 */
export function drawTable(doc: Doc, table: ExportTable, locale: Locale, fonts: { regular: string; bold: string }, texts: { empty: string; continued: string }): void {
  const left = doc.page.margins.left;
  const available = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const weights = table.columns.map((column) => column.width ?? DEFAULT_COLUMN_WIDTH);
  const sum = weights.reduce((a, b) => a + b, 0);
  const layout: Layout = { left, widths: weights.map((w) => (w / sum) * available), bottom: doc.page.height - doc.page.margins.bottom };
  const aligns = table.columns.map((column) => (column.type === 'text' ? 'left' : 'right') as 'left' | 'right');
  const headers = table.columns.map((column) => column.header);
  const headerHeight = rowHeight(doc, headers, layout, fonts.bold);
  const pageRoom = layout.bottom - doc.page.margins.top - headerHeight - 2 * FONT_SIZE;

  const header = () => drawRow(doc, headers, layout, fonts.bold, aligns, headerHeight, HEADER_FILL);
  const newPage = () => {
    doc.addPage();
    doc.font(fonts.regular).fontSize(FONT_SIZE).fillColor('#555555').text(`${table.name} ${texts.continued}`, left, doc.y).fillColor('black');
    doc.moveDown(0.3);
    header();
  };
  if (doc.y + headerHeight * 2 > layout.bottom) doc.addPage();
  header();
  if (table.rows.length === 0) {
    doc
      .font(fonts.regular)
      .fontSize(FONT_SIZE)
      .text(texts.empty, left + PADDING, doc.y + PADDING);
    return;
  }
  for (const row of table.rows) {
    const cells = row.map((value, i) => pdfCellText(value, table.columns[i].type, locale));
    const height = Math.min(rowHeight(doc, cells, layout, fonts.regular), pageRoom);
    if (doc.y + height > layout.bottom) newPage();
    drawRow(doc, cells, layout, fonts.regular, aligns, height);
  }
}
