import { NotFoundError, withStoredFiles, type EventBus, type FileStorage } from '@birge/server-kit';
import { FEEDBACK_LIMITS, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, invalidField } from '../needs/need-errors';
import { assertId, assertRegion } from '../needs/need-place';
import { requiredText } from '../needs/need.rules';
import { assertFeedbackParticipant, sideOf } from './feedback-access';
import { checkFeedbackFile, type CheckedFile } from './feedback-attachment-policy';
import { FeedbackLinkKind, FeedbackThreadStatus, FeedbackTopic } from './feedback-enums';
import { FeedbackThreadEntity } from './feedback-thread.entity';
import type { FeedbackReadService } from './feedback-read.service';
import type { FeedbackThread } from './feedback-thread.type';
import type { FeedbackAttachmentInput } from './dto/feedback-attachment.input';
import type { PostFeedbackInput } from './dto/post-feedback.input';
import type { StartFeedbackThreadInput } from './dto/start-feedback-thread.input';

interface StoredFile extends CheckedFile {
  key: string;
}

/** The records a message adds to its thread's links, by kind. */
type NewLinks = Record<FeedbackLinkKind, string[]>;

interface LinkTarget {
  table: string;
  field: 'needIds' | 'reportIds';
  code: 'NEED' | 'REPORT';
  noun: string;
}

/** Where each kind of linked record lives (analytics' own tables) and how its errors name it. */
const LINK_TARGETS: Record<FeedbackLinkKind, LinkTarget> = {
  [FeedbackLinkKind.NEED]: { table: 'analytics.need', field: 'needIds', code: 'NEED', noun: 'need' },
  [FeedbackLinkKind.REPORT]: { table: 'analytics.report', field: 'reportIds', code: 'REPORT', noun: 'report' },
};

/** Checks every file of a message before anything is written. */
export function checkFiles(attachments: FeedbackAttachmentInput[] | null | undefined, maxBytes: number): CheckedFile[] {
  const files = attachments ?? [];
  if (files.length > FEEDBACK_LIMITS.attachmentsPerMessage) {
    throw invalidField('attachments', 'TOO_MANY_ATTACHMENTS', `must list at most ${FEEDBACK_LIMITS.attachmentsPerMessage} files`);
  }
  return files.map((file, index) => checkFeedbackFile(index, file.fileName, file.mimeType, file.contentBase64, maxBytes));
}

/**
 * Writing to the channel. Each change runs in one transaction that locks the thread: who may
 * (by the stored thread's region), whether it is open, the message, its files' rows, the links,
 * the author's read marker and the `analytics.feedback-posted` event; a refusal writes nothing.
 * File contents go to the storage before the commit and are removed again when it fails.
 */
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly storage: FileStorage,
    private readonly reader: FeedbackReadService,
    private readonly maxBytes: number,
  ) {}

  async start(input: StartFeedbackThreadInput, identity: Identity | null): Promise<FeedbackThread> {
    const regionCode = input.regionCode.trim();
    assertRegion(regionCode, 'regionCode');
    const actor = assertFeedbackParticipant(identity, regionCode, `region ${regionCode}`);
    const subject = requiredText(input.subject, 'subject');
    const text = requiredText(input.text, 'text');
    const files = checkFiles(input.attachments, this.maxBytes);
    const id = await this.withFiles(files, (stored) =>
      this.dataSource.transaction(async (manager) => {
        const links = await this.checkLinks(manager, regionCode, input, []);
        const [row] = (await manager.query(
          `INSERT INTO analytics.feedback_thread (region_code, topic, subject, status, created_by, last_message_at)
           VALUES ($1, $2, $3, $4, $5, clock_timestamp()) RETURNING id`,
          [regionCode, input.topic, subject, FeedbackThreadStatus.OPEN, actor.userId],
        )) as { id: string }[];
        await this.append(manager, { id: row.id, regionCode, topic: input.topic }, actor, text, stored, links, true);
        return row.id;
      }),
    );
    return this.reader.require(id, actor.userId);
  }

  async post(input: PostFeedbackInput, identity: Identity | null): Promise<FeedbackThread> {
    assertId(input.threadId, 'threadId');
    const files = checkFiles(input.attachments, this.maxBytes);
    const actor = await this.withFiles(files, (stored) =>
      this.dataSource.transaction(async (manager) => {
        const thread = await this.lock(manager, input.threadId, 'threadId');
        const author = assertFeedbackParticipant(identity, thread.regionCode, `feedback thread ${thread.id}`);
        if (thread.status !== FeedbackThreadStatus.OPEN) {
          throw conflict('FEEDBACK_THREAD_CLOSED', 'the thread is closed; reopen it to write in it', { field: 'threadId', status: thread.status });
        }
        const text = requiredText(input.text, 'text');
        const links = await this.checkLinks(manager, thread.regionCode, input, await this.linkedIds(manager, thread.id));
        await this.append(manager, { id: thread.id, regionCode: thread.regionCode, topic: thread.topic as FeedbackTopic }, author, text, stored, links, false);
        return author;
      }),
    );
    return this.reader.require(input.threadId, actor.userId);
  }

  /** Closes or reopens a thread, keeping who and when; either side may. Closing a closed thread (or reopening an open one) is CONFLICT. */
  async setStatus(id: string, status: FeedbackThreadStatus, identity: Identity | null): Promise<FeedbackThread> {
    assertId(id, 'id');
    const actor = await this.dataSource.transaction(async (manager) => {
      const thread = await this.lock(manager, id, 'id');
      const who = assertFeedbackParticipant(identity, thread.regionCode, `feedback thread ${id}`);
      if (thread.status === status) {
        const reason = status === FeedbackThreadStatus.CLOSED ? 'FEEDBACK_THREAD_CLOSED' : 'FEEDBACK_THREAD_OPEN';
        throw conflict(reason, `the thread is already ${status.toLowerCase()}`, { field: 'id', status: thread.status });
      }
      await manager.query(`UPDATE analytics.feedback_thread SET status = $2, status_changed_at = clock_timestamp(), status_changed_by = $3 WHERE id = $1`, [
        id,
        status,
        who.userId,
      ]);
      return who;
    });
    return this.reader.require(id, actor.userId);
  }

  /** Marks every message of the thread as read by the caller, up to its newest one. */
  async markRead(id: string, identity: Identity | null): Promise<FeedbackThread> {
    assertId(id, 'id');
    const actor = await this.dataSource.transaction(async (manager) => {
      const thread = await manager.getRepository(FeedbackThreadEntity).findOneBy({ id });
      if (!thread) throw new NotFoundError('FeedbackThread', id, 'id');
      const who = assertFeedbackParticipant(identity, thread.regionCode, `feedback thread ${id}`);
      await this.markReadUpTo(manager, id, who.userId, thread.lastMessageAt);
      return who;
    });
    return this.reader.require(id, actor.userId);
  }

  private async lock(manager: EntityManager, id: string, field: string): Promise<FeedbackThreadEntity> {
    const thread = await manager.getRepository(FeedbackThreadEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!thread) throw new NotFoundError('FeedbackThread', id, field);
    return thread;
  }

  /**
   * A message with its files and links, under the thread's lock: its time is taken after the lock,
   * so a thread's messages are strictly ordered and one read marker per user tells what is unread.
   */
  private async append(
    manager: EntityManager,
    thread: { id: string; regionCode: string; topic: FeedbackTopic },
    author: Identity,
    text: string,
    files: StoredFile[],
    links: NewLinks,
    opensThread: boolean,
  ): Promise<void> {
    const [message] = (await manager.query(
      `INSERT INTO analytics.feedback_message (thread_id, author_id, text, created_at)
       VALUES ($1, $2, $3, GREATEST(clock_timestamp(), (SELECT last_message_at + interval '1 millisecond' FROM analytics.feedback_thread WHERE id = $1 AND message_count > 0)))
       RETURNING id, created_at`,
      [thread.id, author.userId, text],
    )) as { id: string; created_at: Date }[];
    for (const file of files) {
      await manager.query(`INSERT INTO analytics.feedback_attachment (message_id, file_name, mime_type, size_bytes, sha256, storage_key) VALUES ($1, $2, $3, $4, $5, $6)`, [
        message.id,
        file.fileName,
        file.mimeType,
        file.content.length,
        file.sha256,
        file.key,
      ]);
    }
    for (const kind of Object.values(FeedbackLinkKind)) {
      if (!links[kind].length) continue;
      await manager.query(`INSERT INTO analytics.feedback_link (thread_id, kind, target_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`, [
        thread.id,
        kind,
        links[kind],
      ]);
    }
    await manager.query(`UPDATE analytics.feedback_thread SET last_message_at = $2, message_count = message_count + 1 WHERE id = $1`, [thread.id, message.created_at]);
    // One's own message is read: it never counts as unread for its author.
    await this.markReadUpTo(manager, thread.id, author.userId, message.created_at);
    await this.events.publish(manager, 'analytics.feedback-posted', {
      threadId: thread.id,
      messageId: message.id,
      regionCode: thread.regionCode,
      topic: thread.topic,
      authorId: author.userId,
      authorSide: sideOf(author),
      opensThread,
      attachmentCount: files.length,
      postedAt: message.created_at.toISOString(),
    });
  }

  private async markReadUpTo(manager: EntityManager, threadId: string, userId: string, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO analytics.feedback_read (thread_id, user_id, read_at) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, user_id) DO UPDATE SET read_at = GREATEST(analytics.feedback_read.read_at, EXCLUDED.read_at)`,
      [threadId, userId, at],
    );
  }

  /** The ids a thread already links to. */
  private async linkedIds(manager: EntityManager, threadId: string): Promise<string[]> {
    const rows = (await manager.query(`SELECT target_id FROM analytics.feedback_link WHERE thread_id = $1`, [threadId])) as { target_id: string }[];
    return rows.map((row) => row.target_id);
  }

  /**
   * The records to link, each of the thread's own region: needs (BAD_USER_INPUT on `needIds`:
   * UNKNOWN_NEED, NEED_OF_OTHER_REGION) and reports (on `reportIds`: UNKNOWN_REPORT,
   * REPORT_OF_OTHER_REGION), together within the thread's limit of links (TOO_MANY_LINKS).
   */
  private async checkLinks(manager: EntityManager, regionCode: string, input: { needIds?: string[] | null; reportIds?: string[] | null }, existing: string[]): Promise<NewLinks> {
    const links: NewLinks = {
      [FeedbackLinkKind.NEED]: await this.checkTargets(manager, regionCode, LINK_TARGETS.NEED, input.needIds, existing),
      [FeedbackLinkKind.REPORT]: await this.checkTargets(manager, regionCode, LINK_TARGETS.REPORT, input.reportIds, existing),
    };
    const added = links.NEED.length + links.REPORT.length;
    if (existing.length + added > FEEDBACK_LIMITS.linksMax) {
      const field = links.REPORT.length ? 'reportIds' : 'needIds';
      throw invalidField(field, 'TOO_MANY_LINKS', `a thread links at most ${FEEDBACK_LIMITS.linksMax} records`, { max: FEEDBACK_LIMITS.linksMax });
    }
    return links;
  }

  private async checkTargets(manager: EntityManager, regionCode: string, target: LinkTarget, requested: string[] | null | undefined, existing: string[]): Promise<string[]> {
    const ids = [...new Set(requested ?? [])].filter((id) => !existing.includes(id));
    if (!ids.length) return [];
    const rows = (await manager.query(`SELECT id, region_code FROM ${target.table} WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; region_code: string }[];
    const regionOf = new Map(rows.map((row) => [row.id, row.region_code]));
    const unknown = ids.filter((id) => !regionOf.has(id));
    if (unknown.length) throw invalidField(target.field, `UNKNOWN_${target.code}`, `no ${target.noun} has id ${unknown.join(', ')}`, { ids: unknown });
    const elsewhere = ids.filter((id) => regionOf.get(id) !== regionCode);
    if (elsewhere.length) {
      throw invalidField(target.field, `${target.code}_OF_OTHER_REGION`, `${target.noun} ${elsewhere.join(', ')} is not of region ${regionCode}`, { ids: elsewhere });
    }
    return ids;
  }

  /** Stores the files, runs `work`, and removes them again when it fails: a refused message leaves neither rows nor files. */
  private async withFiles<T>(files: CheckedFile[], work: (stored: StoredFile[]) => Promise<T>): Promise<T> {
    return withStoredFiles(this.storage, async (store) => {
      const stored: StoredFile[] = [];
      for (const file of files) stored.push({ ...file, key: await store(file.content) });
      return work(stored);
    });
  }
}
