import { checkUploadedFile, type CheckedFile } from '@birge/server-kit';

/**
 * Decodes and checks an attachment with the kit's upload rules (every accepted type, its content
 * really of that type, within `maxBytes`), naming the inputs fileName, mimeType, contentBase64.
 */
export function checkAttachment(fileName: string, mimeType: string, contentBase64: string, maxBytes: number): CheckedFile {
  return checkUploadedFile('', { fileName, mimeType, contentBase64 }, { maxBytes });
}
