/** A produced file: what a resolver base64-encodes and a browser saves. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export type ExportFormat = keyof typeof CONTENT_TYPES;

/**
 * A file name safe on every system and in a Content-Disposition header: ASCII letters, digits, dots,
 * dashes and underscores; the rest becomes a dash. `birge-needs-2026-12-07.xlsx`.
 */
export function exportFileName(parts: string[], format: ExportFormat): string {
  const base = parts
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${base || 'export'}.${format}`;
}
