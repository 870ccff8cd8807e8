import { createHash } from 'node:crypto';
import { ValidationError, type FieldError } from '../errors/domain-errors';

/** The file types the front offices accept, each with the bytes its content must start with (a renamed executable is refused). */
export const UPLOAD_TYPES: Readonly<Record<string, (content: Buffer) => boolean>> = {
  'application/pdf': (c) => c.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (c) => c.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (c) => c.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (c) => c.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'text/plain': (c) => !c.includes(0) && Buffer.from(c.toString('utf8'), 'utf8').equals(c),
};

/** A file as a GraphQL input carries it. */
export interface UploadedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** A file that passed the checks, decoded, with its SHA-256. */
export interface CheckedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

export interface UploadRules {
  maxBytes: number;
  /** 200 when not given. */
  fileNameMaxLength?: number;
  /** Which of UPLOAD_TYPES are accepted; all when not given. */
  types?: readonly string[];
}

interface Problem {
  /** fileName, mimeType or contentBase64. */
  input: string;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Every problem of one file, in the order a client fixes them: a plain file name, an accepted type,
 * base64, within the size limit (judged on the encoded length, so an oversized file is never
 * decoded), not empty, content really of its type.
 */
function inspect(file: UploadedFile, rules: UploadRules): { problems: Problem[]; checked: CheckedFile | null } {
  const problems: Problem[] = [];
  const maxName = rules.fileNameMaxLength ?? 200;
  const name = file.fileName.trim();
  if (!name || name.length > maxName || /[/\\]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)) {
    problems.push({ input: 'fileName', code: 'INVALID_FILE_NAME', message: `must be 1 to ${maxName} characters without slashes or control characters` });
  }
  const accepted = rules.types ?? Object.keys(UPLOAD_TYPES);
  const type = file.mimeType.trim().toLowerCase();
  const sniff = accepted.includes(type) ? UPLOAD_TYPES[type] : undefined;
  if (!sniff) {
    problems.push({
      input: 'mimeType',
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      message: `${file.mimeType} is not accepted; send one of ${accepted.join(', ')}`,
      details: { allowedMimeTypes: [...accepted] },
    });
  }
  const compact = file.contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    problems.push({ input: 'contentBase64', code: 'INVALID_BASE64', message: 'is not base64' });
    return { problems, checked: null };
  }
  const decodedLength = Math.floor((compact.length * 3) / 4) - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
  if (decodedLength > rules.maxBytes) {
    problems.push({ input: 'contentBase64', code: 'ATTACHMENT_TOO_LARGE', message: `must be at most ${rules.maxBytes} bytes`, details: { maxBytes: rules.maxBytes } });
    return { problems, checked: null };
  }
  const content = Buffer.from(compact, 'base64');
  if (content.length === 0) problems.push({ input: 'contentBase64', code: 'ATTACHMENT_EMPTY', message: 'is empty' });
  else if (sniff && !sniff(content)) problems.push({ input: 'contentBase64', code: 'ATTACHMENT_CONTENT_MISMATCH', message: `the content is not a ${type} file` });
  if (problems.length) return { problems, checked: null };
  return { problems, checked: { fileName: name, mimeType: type, content, sha256: createHash('sha256').update(content).digest('hex') } };
}

const path = (field: string, input: string) => (field ? `${field}.${input}` : input);

/**
 * Decodes and checks one uploaded file, or throws BAD_USER_INPUT for its first problem, naming the
 * input (`<field>.fileName`, `<field>.mimeType`, `<field>.contentBase64`, or the bare name when
 * `field` is empty) with the code also as `extensions.reason`.
 */
export function checkUploadedFile(field: string, file: UploadedFile, rules: UploadRules): CheckedFile {
  const { problems, checked } = inspect(file, rules);
  if (checked) return checked;
  const [first] = problems;
  const error = ValidationError.field(path(field, first.input), first.code, first.message);
  Object.assign(error.details, { reason: first.code, ...first.details });
  throw error;
}

/** Like checkUploadedFile, for a form of several files: every problem goes to `errors`; null when there was one. */
export function collectUploadedFile(field: string, file: UploadedFile, rules: UploadRules, errors: FieldError[]): CheckedFile | null {
  const { problems, checked } = inspect(file, rules);
  for (const problem of problems) errors.push({ field: path(field, problem.input), code: problem.code, message: problem.message });
  return checked;
}
