import { groupByKeys, NotFoundError, withStoredFiles, type FileStorage, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { assertCanWrite } from '../access/assistance-access';
import { checkAttachment } from '../attachment/attachment-policy';
import type { AddGrantProgrammeDocumentInput } from './grant-programme.inputs';
import type { GrantProgrammeService } from './grant-programme.service';
import type { GrantProgramme, GrantProgrammeDocument } from './grant-programme.type';

const COLUMNS = `id, programme_id AS "programmeId", file_name AS "fileName", mime_type AS "mimeType", size_bytes AS "sizeBytes", storage_key AS "storageKey",
  created_at AS "createdAt"`;

/** Documents of programmes, in the attachments' file storage and checked by the same policy. */
export class GrantProgrammeDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly programmes: GrantProgrammeService,
    private readonly maxBytes: number,
  ) {}

  /** Checked before anything is written, stored before the row commits, removed again when it does not. */
  async add(input: AddGrantProgrammeDocumentInput, identity: Identity | null): Promise<GrantProgramme> {
    const file = checkAttachment(input.fileName, input.mimeType, input.contentBase64, this.maxBytes);
    return withStoredFiles(this.storage, (store) =>
      this.dataSource.transaction(async (manager) => {
        const programme = await this.programmes.lock(manager, input.programmeId);
        const actor = assertCanWrite(identity, programme.ownerRegionCode, `programme ${programme.id}`);
        const key = await store(file.content, 'programme-');
        await manager.query(
          `INSERT INTO assistance.grant_programme_document (programme_id, file_name, mime_type, size_bytes, sha256, storage_key, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [programme.id, file.fileName, file.mimeType, file.content.length, file.sha256, key, actor.userId],
        );
        return programme;
      }),
    );
  }

  /** Removes a document of a programme; its region's staff or the republican office. */
  async remove(documentId: string, identity: Identity | null): Promise<GrantProgramme> {
    const programme = await this.dataSource.transaction(async (manager) => {
      const [row]: GrantProgrammeDocument[] = isUuid(documentId)
        ? await manager.query(`SELECT ${COLUMNS} FROM assistance.grant_programme_document WHERE id = $1`, [documentId])
        : [];
      if (!row) return null;
      const locked = await this.programmes.lock(manager, row.programmeId);
      assertCanWrite(identity, locked.ownerRegionCode, `programme ${locked.id}`);
      await manager.query(`DELETE FROM assistance.grant_programme_document WHERE id = $1`, [documentId]);
      return { locked, key: row.storageKey };
    });
    if (!programme) throw new NotFoundError('GrantProgrammeDocument', documentId, 'id');
    await this.removeFiles([programme.key]);
    return programme.locked;
  }

  async removeFiles(keys: string[]): Promise<void> {
    for (const key of keys) await this.storage.remove(key).catch(() => undefined);
  }

  async contentBase64(document: GrantProgrammeDocument): Promise<string> {
    return (await this.storage.get(document.storageKey)).toString('base64');
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, GrantProgrammeDocument[]>('grantProgramme.documents', async (ids) => {
      const rows: GrantProgrammeDocument[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM assistance.grant_programme_document WHERE programme_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids.filter((id) => isUuid(id))],
      );
      return groupByKeys(ids, rows, (row) => row.programmeId);
    });
  }
}
