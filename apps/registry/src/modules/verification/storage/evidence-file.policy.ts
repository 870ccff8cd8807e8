import { createHash } from 'node:crypto';
import type { FieldError } from '@birge/server-kit';

/** Accepted evidence types, each with the bytes its content must start with. */
export const EVIDENCE_TYPES: Readonly<Record<string, (content: Buffer) => boolean>> = {
  'application/pdf': (c) => c.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (c) => c.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (c) => c.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'text/plain': (c) => !c.includes(0) && Buffer.from(c.toString('utf8'), 'utf8').equals(c),
};

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes and checks one uploaded file; problems go to `errors` under `field` (e.g. evidence.0).
 * The codes are the ones the assistance attachments use, so the dashboard translates them once.
 */
export function checkEvidenceFile(
  field: string,
  file: { fileName: string; mimeType: string; contentBase64: string },
  maxBytes: number,
  errors: FieldError[],
): CheckedFile | null {
  const before = errors.length;
  const name = file.fileName.trim();
  if (!name || name.length > 200 || /[/\\]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)) {
    errors.push({ field: `${field}.fileName`, code: 'INVALID_FILE_NAME', message: 'must be 1 to 200 characters without slashes or control characters' });
  }
  const type = file.mimeType.trim().toLowerCase();
  const sniff = EVIDENCE_TYPES[type];
  if (!sniff) {
    errors.push({ field: `${field}.mimeType`, code: 'ATTACHMENT_TYPE_NOT_ALLOWED', message: `${file.mimeType} is not accepted; send one of ${Object.keys(EVIDENCE_TYPES).join(', ')}` });
  }
  const compact = file.contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    errors.push({ field: `${field}.contentBase64`, code: 'INVALID_BASE64', message: 'is not base64' });
    return null;
  }
  // Judged on the encoded length first, so an oversized file is refused without decoding it.
  const decodedLength = Math.floor((compact.length * 3) / 4) - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
  if (decodedLength > maxBytes) {
    errors.push({ field: `${field}.contentBase64`, code: 'ATTACHMENT_TOO_LARGE', message: `must be at most ${maxBytes} bytes` });
    return null;
  }
  const content = Buffer.from(compact, 'base64');
  if (content.length === 0) errors.push({ field: `${field}.contentBase64`, code: 'ATTACHMENT_EMPTY', message: 'is empty' });
  else if (sniff && !sniff(content)) {
    errors.push({ field: `${field}.contentBase64`, code: 'ATTACHMENT_CONTENT_MISMATCH', message: `the content is not a ${type} file` });
  }
  if (errors.length > before) return null;
  return { fileName: name, mimeType: type, content, sha256: createHash('sha256').update(content).digest('hex') };
}
