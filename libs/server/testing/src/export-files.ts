import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import path from 'node:path';

/** A PDF's text as pdf.js extracts it (what a reader can search and copy): lines per page. */
export interface PdfText {
  pages: string[][];
  title: string | null;
  /** All pages' lines joined with newlines. */
  text: string;
}

/** Extracts the text of a PDF with pdf.js (the legacy build, for Node), in a child process. */
export function readPdfText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, 'pdf-text.mjs')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`pdf.js could not read the PDF: ${stderr || error.message}`));
      const parsed = JSON.parse(stdout) as { pages: string[][]; title: string | null };
      resolve({ ...parsed, text: parsed.pages.map((lines) => lines.join('\n')).join('\n') });
    });
    child.stdin?.end(pdf);
  });
}

/** A CSV file read back as a CSV parser reads it: whether it starts with a UTF-8 byte order mark, and its records. */
export async function readCsv(csv: Buffer): Promise<{ bom: boolean; rows: string[][] }> {
  const bom = csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf;
  const text = csv.toString('utf8').replace(/^\uFEFF/, '');
  const rows = parse(text) as string[][];
  return { bom, rows };
}

/** An XLSX workbook read back with exceljs. */
export async function readXlsx(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook;
}
