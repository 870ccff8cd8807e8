import { groupByKeys, withStoredFiles, type FileStorage, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { staleVersion } from '../common/coded-errors';
import { assertCanWrite } from '../access/assistance-access';
import { AssistanceRequestEntity } from '../request/assistance-request.entity';
import { toAssistanceRequest } from '../request/assistance-request.mapper';
import type { AssistanceRequest } from '../request/assistance-request.type';
import { lockRequest } from '../request/request-lock';
import { TimelineEntryKind } from '../timeline/timeline-entry-kind.enum';
import type { TimelineService } from '../timeline/timeline.service';
import type { AddAssistanceRequestAttachmentInput } from './add-attachment.input';
import { checkAttachment } from './attachment-policy';
import type { AssistanceAttachment } from './attachment.type';

const COLUMNS = `id, request_id AS "requestId", file_name AS "fileName", mime_type AS "mimeType", size_bytes AS "sizeBytes", sha256,
  storage_key AS "storageKey", created_by AS "createdBy", created_at AS "createdAt"`;

/** Attachments of requests: checked, stored, recorded with the request's version bumped. */
export class AttachmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly timeline: TimelineService,
    private readonly clock: Clock,
    private readonly maxBytes: number,
  ) {}

  /**
   * The file is checked before anything is written, stored before the row commits, and removed
   * again when the transaction fails, so a refused attachment leaves neither row nor file.
   */
  async add(input: AddAssistanceRequestAttachmentInput, identity: Identity | null): Promise<AssistanceRequest> {
    const file = checkAttachment(input.fileName, input.mimeType, input.contentBase64, this.maxBytes);
    return withStoredFiles(this.storage, (store) =>
      this.dataSource.transaction(async (manager) => {
        const request = await lockRequest(manager, input.requestId);
        const actor = assertCanWrite(identity, request.regionCode, `assistance request ${request.id}`);
        if (request.version !== input.version) throw staleVersion('AssistanceRequest', request.id, input.version, request.version);
        const key = await store(file.content);
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO assistance.request_attachment (request_id, file_name, mime_type, size_bytes, sha256, storage_key, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [request.id, file.fileName, file.mimeType, file.content.length, file.sha256, key, actor.userId],
        );
        request.updatedBy = actor.userId;
        const saved = await manager.getRepository(AssistanceRequestEntity).save(request);
        await this.timeline.append(manager, {
          requestId: request.id,
          kind: TimelineEntryKind.ATTACHMENT_ADDED,
          authorId: actor.userId,
          text: file.fileName,
          attachmentId: row.id,
        });
        return toAssistanceRequest(saved, this.clock.now());
      }),
    );
  }

  async contentBase64(attachment: AssistanceAttachment): Promise<string> {
    return (await this.storage.get(attachment.storageKey)).toString('base64');
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, AssistanceAttachment[]>('attachment.byRequest', async (requestIds) => {
      const valid = requestIds.filter((id) => isUuid(id));
      const rows: AssistanceAttachment[] = valid.length
        ? await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.request_attachment WHERE request_id = ANY($1::uuid[]) ORDER BY created_at, id`, [valid])
        : [];
      return groupByKeys(requestIds, rows, (row) => row.requestId);
    });
  }
}
