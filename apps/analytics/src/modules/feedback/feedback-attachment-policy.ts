import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { createHash } from 'node:crypto';
import { invalidField } from '../needs/need-errors';

/** The file types the channel accepts, each with the bytes its content must start with (as assistance's attachments). */
export const FEEDBACK_ATTACHMENT_TYPES: Readonly<Record<string, (content: Buffer) => boolean>> = {
  'application/pdf': (c) => c.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (c) => c.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (c) => c.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
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
 * Decodes and checks one attachment of a message, naming the field `attachments.<index>.<name>`:
 * a plain file name, an allowed type whose content really is of that type, base64, not empty,
 * within the size limit (checked on the encoded length, before decoding).
 */
export function checkFeedbackFile(index: number, fileName: string, mimeType: string, contentBase64: string, maxBytes: number): CheckedFile {
  const field = (name: string) => `attachments.${index}.${name}`;
  const name = fileName.trim();
  if (!name || name.length > FEEDBACK_LIMITS.fileNameMaxLength || /[/\\]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)) {
    throw invalidField(field('fileName'), 'INVALID_FILE_NAME', `must be 1 to ${FEEDBACK_LIMITS.fileNameMaxLength} characters without slashes or control characters`);
  }
  const type = mimeType.trim().toLowerCase();
  const sniff = FEEDBACK_ATTACHMENT_TYPES[type];
  if (!sniff) {
    throw invalidField(field('mimeType'), 'ATTACHMENT_TYPE_NOT_ALLOWED', `${mimeType} is not accepted; send one of ${Object.keys(FEEDBACK_ATTACHMENT_TYPES).join(', ')}`, {
      allowedMimeTypes: Object.keys(FEEDBACK_ATTACHMENT_TYPES),
    });
  }
  const compact = contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw invalidField(field('contentBase64'), 'INVALID_BASE64', 'is not base64');
  const decodedLength = Math.floor((compact.length * 3) / 4) - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
  if (decodedLength > maxBytes) throw invalidField(field('contentBase64'), 'ATTACHMENT_TOO_LARGE', `must be at most ${maxBytes} bytes`, { maxBytes });
  const content = Buffer.from(compact, 'base64');
  if (content.length === 0) throw invalidField(field('contentBase64'), 'ATTACHMENT_EMPTY', 'is empty');
  if (!sniff(content)) throw invalidField(field('contentBase64'), 'ATTACHMENT_CONTENT_MISMATCH', `the content is not a ${type} file`);
  return { fileName: name, mimeType: type, content, sha256: createHash('sha256').update(content).digest('hex') };
}
