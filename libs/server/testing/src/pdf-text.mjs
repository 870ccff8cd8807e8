// Prints the text of a PDF read from stdin as JSON: one array of lines per page. pdfjs-dist is
// ESM with import.meta, which jest's CommonJS cannot load, so tests run it in its own Node process.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  const lines = [];
  let line = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    line += item.str;
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  pages.push(lines);
}
const info = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, title: info.info?.Title ?? null, language: info.info?.Language ?? null }));
