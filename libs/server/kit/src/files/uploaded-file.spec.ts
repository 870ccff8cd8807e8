import type { FieldError } from '../errors/domain-errors';
import { ValidationError } from '../errors/domain-errors';
import { checkUploadedFile, collectUploadedFile } from './uploaded-file';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of the image')]);
const file = (fileName: string, mimeType: string, content: Buffer | string) => ({
  fileName,
  mimeType,
  contentBase64: typeof content === 'string' ? content : content.toString('base64'),
});

function refusal(run: () => unknown): { field: string; code: string; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { field: error.fields[0].field, code: error.fields[0].code, details: error.details };
  }
  throw new Error('the file was accepted');
}

describe('uploaded files', () => {
  it('decode a file of an accepted type whose content is of that type, trimming its name and type', () => {
    const checked = checkUploadedFile('', file(' сурет.png ', 'IMAGE/PNG', png), { maxBytes: 100 });
    expect(checked).toMatchObject({ fileName: 'сурет.png', mimeType: 'image/png', content: png });
    expect(checked.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuse, naming the input under the field, a bad name, a type not accepted, bad base64, too many bytes, no bytes, and disguised content', () => {
    const rules = { maxBytes: 100 };
    expect(refusal(() => checkUploadedFile('attachments.2', file('a/b.png', 'image/png', png), rules))).toMatchObject({
      field: 'attachments.2.fileName',
      code: 'INVALID_FILE_NAME',
    });
    expect(refusal(() => checkUploadedFile('', file('a.exe', 'application/octet-stream', 'TVo='), rules))).toMatchObject({
      field: 'mimeType',
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      details: { reason: 'ATTACHMENT_TYPE_NOT_ALLOWED', allowedMimeTypes: expect.arrayContaining(['application/pdf']) },
    });
    expect(refusal(() => checkUploadedFile('', file('a.png', 'image/png', 'not base64!'), rules))).toMatchObject({ field: 'contentBase64', code: 'INVALID_BASE64' });
    expect(refusal(() => checkUploadedFile('', file('a.png', 'image/png', png), { maxBytes: 5 }))).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', details: { maxBytes: 5 } });
    expect(refusal(() => checkUploadedFile('', file('a.txt', 'text/plain', ''), rules))).toMatchObject({ code: 'ATTACHMENT_EMPTY' });
    expect(refusal(() => checkUploadedFile('', file('a.png', 'image/png', Buffer.from('GIF89a')), rules))).toMatchObject({ code: 'ATTACHMENT_CONTENT_MISMATCH' });
  });

  it('accept only the types a use allows, and a longer name where it allows one', () => {
    const xlsx = file('a.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]));
    expect(refusal(() => checkUploadedFile('', xlsx, { maxBytes: 100, types: ['application/pdf'] }))).toMatchObject({
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      details: { allowedMimeTypes: ['application/pdf'] },
    });
    expect(checkUploadedFile('', xlsx, { maxBytes: 100 }).mimeType).toContain('spreadsheetml');
    expect(checkUploadedFile('', file('a'.repeat(250) + '.png', 'image/png', png), { maxBytes: 100, fileNameMaxLength: 255 }).fileName).toHaveLength(254);
  });

  it('collect every problem of a file in a form of several', () => {
    const errors: FieldError[] = [];
    expect(collectUploadedFile('evidence.1', file('', 'application/x-msdownload', png), { maxBytes: 100 }, errors)).toBeNull();
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(['evidence.1.fileName:INVALID_FILE_NAME', 'evidence.1.mimeType:ATTACHMENT_TYPE_NOT_ALLOWED']);
    expect(collectUploadedFile('evidence.0', file('a.png', 'image/png', png), { maxBytes: 100 }, errors)?.fileName).toBe('a.png');
  });
});
