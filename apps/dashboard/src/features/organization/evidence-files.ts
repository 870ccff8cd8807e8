import { z } from 'zod';

/** The types the registry accepts as evidence (see EvidenceFileInput.mimeType). */
export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/**
 * Files travel inline as base64 in one GraphQL request, and the gateway takes at most 1 MiB per
 * request: base64 grows a file by a third, so a file may have about 700 KiB.
 */
export const MAX_EVIDENCE_BYTES = 700 * 1024;
export const MAX_EVIDENCE_FILES = 5;

/** The MIME type of a file the registry accepts, from the browser's guess or the extension. */
export function evidenceTypeOf(file: { name: string; type: string }): string | null {
  if (Object.values(EVIDENCE_TYPES).includes(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return EVIDENCE_TYPES[extension] ?? null;
}

/** The code the server refuses one evidence file with (wrong type, empty, too large), or null. */
export function evidenceFileRefusal(file: { name: string; type: string; size: number }): string | null {
  if (!evidenceTypeOf(file)) return 'EVIDENCE_TYPE_NOT_ALLOWED';
  if (file.size === 0) return 'ATTACHMENT_EMPTY';
  if (file.size > MAX_EVIDENCE_BYTES) return 'ATTACHMENT_TOO_LARGE';
  return null;
}

/**
 * The evidence files of a form, with the server's refusals before a file is read: one file's on
 * `evidence.<index>`, too many files on `evidence` (the server names the same fields).
 */
export const evidenceFilesSchema = z.array(z.custom<File>((value) => value instanceof Blob)).superRefine((files, context) => {
  if (files.length > MAX_EVIDENCE_FILES) context.addIssue({ code: 'custom', message: 'TOO_MANY', path: [] });
  files.forEach((file, index) => {
    const refusal = evidenceFileRefusal(file);
    if (refusal) context.addIssue({ code: 'custom', message: refusal, path: [index] });
  });
});

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export async function toEvidenceInput(files: readonly File[]) {
  return Promise.all(files.map(async (file) => ({ fileName: file.name, mimeType: evidenceTypeOf(file) ?? file.type, contentBase64: await readAsBase64(file) })));
}

/** Saves base64 content as a file through a temporary link. */
export function saveBase64(contentBase64: string, mimeType: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
}
