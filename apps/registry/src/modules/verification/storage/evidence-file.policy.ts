import { collectUploadedFile, type CheckedFile, type FieldError, type UploadedFile } from '@birge/server-kit';

export type { CheckedFile } from '@birge/server-kit';

/** Accepted evidence types: the kit's upload types but spreadsheets. */
export const EVIDENCE_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain'] as const;

/**
 * Decodes and checks one evidence file with the kit's upload rules; problems go to `errors` under
 * `field` (e.g. evidence.0), with the codes the other uploads use, so the dashboard translates them once.
 */
export function checkEvidenceFile(field: string, file: UploadedFile, maxBytes: number, errors: FieldError[]): CheckedFile | null {
  return collectUploadedFile(field, file, { maxBytes, types: EVIDENCE_MIME_TYPES }, errors);
}
