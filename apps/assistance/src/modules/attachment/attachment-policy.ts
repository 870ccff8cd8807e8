import { createHash } from 'node:crypto';
import { invalidField } from '../common/coded-errors';

/** The file types a front office accepts, each with the bytes its content must start with. */
export const ALLOWED_ATTACHMENT_TYPES: Readonly<Record<string, (content: Buffer) => boolean>> = {
  'application/pdf': (c) => c.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (c) => c.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (c) => c.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'text/plain': (c) => !c.includes(0) && Buffer.from(c.toString('utf8'), 'utf8').equals(c),
};

export interface CheckedAttachment {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes and checks an attachment: base64, not empty, within the size limit, an allowed type
 * whose content really is of that type (a renamed executable is refused), a plain file name.
 */
export function checkAttachment(fileName: string, mimeType: string, contentBase64: string, maxBytes: number): CheckedAttachment {
  const name = fileName.trim();
  if (!name || name.length > 200 || /[/\\]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)) {
    throw invalidField('fileName', 'INVALID_FILE_NAME', 'must be 1 to 200 characters without slashes or control characters');
  }
  const type = mimeType.trim().toLowerCase();
  const sniff = ALLOWED_ATTACHMENT_TYPES[type];
  if (!sniff) {
    throw invalidField('mimeType', 'ATTACHMENT_TYPE_NOT_ALLOWED', `${mimeType} is not accepted; send one of ${Object.keys(ALLOWED_ATTACHMENT_TYPES).join(', ')}`, {
      allowedMimeTypes: Object.keys(ALLOWED_ATTACHMENT_TYPES),
    });
  }
  const compact = contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw invalidField('contentBase64', 'INVALID_BASE64', 'is not base64');
  // Checked on the encoded length first, so an oversized file is refused without decoding it.
  if (Math.floor((compact.length * 3) / 4) - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0) > maxBytes) {
    throw invalidField('contentBase64', 'ATTACHMENT_TOO_LARGE', `must be at most ${maxBytes} bytes`, { maxBytes });
  }
  const content = Buffer.from(compact, 'base64');
  if (content.length === 0) throw invalidField('contentBase64', 'ATTACHMENT_EMPTY', 'is empty');
  if (!sniff(content)) {
    throw invalidField('contentBase64', 'ATTACHMENT_CONTENT_MISMATCH', `the content is not a ${type} file`);
  }
  return { fileName: name, mimeType: type, content, sha256: createHash('sha256').update(content).digest('hex') };
}
