import { checkUploadedFile, withStoredFiles, type FileStorage } from '@birge/server-kit';
import type { EntityManager } from 'typeorm';
import { versionNote } from './guide-rules';
import type { GuideFileInput } from './guide.inputs';

/** Guides are documents: PDF, DOCX, XLSX or plain text (no pictures). */
export const GUIDE_FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;

/** A checked file, ready to be stored as a guide's version. */
export interface CheckedGuideFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
  note: string | null;
}

/**
 * Guides' files go to the attachments' storage under keys of their own and pass the same upload
 * rules as request attachments, documents only (ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, ATTACHMENT_CONTENT_MISMATCH,
 * ATTACHMENT_EMPTY, INVALID_BASE64, INVALID_FILE_NAME), named on `file.…`.
 */
export class GuideFileStore {
  constructor(
    private readonly storage: FileStorage,
    private readonly maxBytes: number,
  ) {}

  check(file: GuideFileInput): CheckedGuideFile {
    const checked = checkUploadedFile(
      'file',
      { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.contentBase64 },
      { maxBytes: this.maxBytes, types: GUIDE_FILE_TYPES },
    );
    return { ...checked, note: versionNote(file.note) };
  }

  /**
   * Runs `work` with a function that stores the file and records the version row in the caller's
   * transaction; the stored file is removed again when the transaction fails.
   */
  async withStoredFile<T>(
    work: (store: (manager: EntityManager, guideId: string, number: number, file: CheckedGuideFile, userId: string) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    return withStoredFiles(this.storage, (store) =>
      work(async (manager, guideId, number, file, userId) => {
        const key = await store(file.content, 'guide-');
        await manager.query(
          `INSERT INTO assistance.guide_version (guide_id, number, note, file_name, mime_type, size_bytes, sha256, storage_key, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [guideId, number, file.note, file.fileName, file.mimeType, file.content.length, file.sha256, key, userId],
        );
      }),
    );
  }

  async contentBase64(storageKey: string): Promise<string> {
    return (await this.storage.get(storageKey)).toString('base64');
  }
}
