import { z } from 'zod';

/**
 * The file travels as JSON text inside one GraphQL request, and the gateway takes at most 16 MiB
 * from signed-in staff: the file, as JSON text (quotes and line breaks escaped), may take that
 * less room for the rest of the request. Larger files are for the command line tool
 * (tools/registry-import).
 */
export const MAX_CSV_BYTES = 16 * 1024 * 1024 - 64 * 1024;

/** Reads the file as UTF-8; a file in another encoding comes back with replacement characters. */
function readUtf8(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^\uFEFF/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, 'UTF-8');
  });
}

/**
 * The chosen CSV file, read as the text the import takes: required, not larger than a request
 * carries (on disk, then as JSON text), and UTF-8. Nothing is read of a file too large on disk.
 */
export const csvFileSchema = z
  .custom<File>((value) => value instanceof Blob, 'REQUIRED')
  .refine((file) => file.size <= MAX_CSV_BYTES, { message: 'CSV_TOO_LARGE', abort: true })
  .transform(async (file, context) => {
    const csv = await readUtf8(file);
    if (csv.includes('\uFFFD')) context.addIssue({ code: 'custom', message: 'CSV_NOT_UTF8', input: file });
    else if (new Blob([JSON.stringify(csv)]).size > MAX_CSV_BYTES) context.addIssue({ code: 'custom', message: 'CSV_TOO_LARGE', input: file });
    return csv;
  });
