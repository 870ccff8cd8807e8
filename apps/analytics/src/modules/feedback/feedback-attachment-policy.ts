import { checkUploadedFile, type CheckedFile } from '@birge/server-kit';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';

export type { CheckedFile } from '@birge/server-kit';

/**
 * Decodes and checks one attachment of a message with the kit's upload rules (as assistance's
 * attachments), naming the field `attachments.<index>.<name>`.
 */
export function checkFeedbackFile(index: number, fileName: string, mimeType: string, contentBase64: string, maxBytes: number): CheckedFile {
  return checkUploadedFile(`attachments.${index}`, { fileName, mimeType, contentBase64 }, { maxBytes, fileNameMaxLength: FEEDBACK_LIMITS.fileNameMaxLength });
}
