import type { FieldError } from '../../errors/graphql-errors';

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

/** The same refusals as the server's, before the file is read: too large, wrong type, empty, too many. */
export function checkEvidenceFiles(files: readonly { name: string; type: string; size: number }[], field = 'evidence'): FieldError[] {
  const errors: FieldError[] = [];
  if (files.length > MAX_EVIDENCE_FILES) errors.push({ field, code: 'TOO_MANY', message: `at most ${MAX_EVIDENCE_FILES} files` });
  for (const file of files) {
    if (!evidenceTypeOf(file)) errors.push({ field, code: 'EVIDENCE_TYPE_NOT_ALLOWED', message: file.name });
    else if (file.size === 0) errors.push({ field, code: 'ATTACHMENT_EMPTY', message: file.name });
    else if (file.size > MAX_EVIDENCE_BYTES) errors.push({ field, code: 'ATTACHMENT_TOO_LARGE', message: file.name });
  }
  return errors;
}

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export async function toEvidenceInput(files: readonly File[]) {
  return Promise.all(
    files.map(async (file) => ({ fileName: file.name, mimeType: evidenceTypeOf(file) ?? file.type, contentBase64: await readAsBase64(file) })),
  );
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
