import { decodeTimeIdCursor, groupByKeys, NotFoundError, pageSize, toConnection, type ConnectionShape, type FileStorage, type LoaderRegistry } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import { In, type DataSource } from 'typeorm';
import { NeedEntity } from '../needs/need.entity';
import { toNeed } from '../needs/need.mapper';
import { assertId, assertRegion } from '../needs/need-place';
import type { Need } from '../needs/need.type';
import { assertFeedbackParticipant, feedbackRegionsFor } from './feedback-access';
import type { FeedbackAttachment } from './feedback-attachment.type';
import { FeedbackLinkKind } from './feedback-enums';
import { FeedbackLinkEntity } from './feedback-link.entity';
import type { FeedbackLink } from './feedback-link.type';
import type { FeedbackMessage } from './feedback-message.type';
import { Params, threadColumns, unreadMessagesOf } from './feedback-query';
import type { FeedbackThread } from './feedback-thread.type';
import { toFeedbackAttachment, toFeedbackMessage, toFeedbackThread, type FeedbackAttachmentRow, type FeedbackMessageRow, type FeedbackThreadRow } from './feedback.mapper';
import type { FeedbackThreadFilter } from './dto/feedback-thread-filter.input';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Reading the channel: threads (each with the caller's unread count, in the same statement),
 * a thread's messages, their files and the thread's links, batched per request.
 */
export class FeedbackReadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /**
   * Threads the caller takes part in, the one with the newest message first, keyset-paged on
   * (last_message_at, id); narrowed in SQL to the caller's regions, so another region's thread is
   * neither listed nor counted. A filter on another region is refused instead.
   */
  async list(filter: FeedbackThreadFilter | null | undefined, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<FeedbackThread>> {
    const wanted = filter ?? {};
    if (wanted.regionCode) assertRegion(wanted.regionCode, 'filter.regionCode');
    const regions = feedbackRegionsFor(identity, wanted.regionCode);
    const actor = identity as Identity;
    const limit = pageSize(args.first);
    const cursor = decodeTimeIdCursor(args.after);
    const conditions = (params: Params) => {
      const list: string[] = [];
      if (regions !== 'ALL') list.push(`t.region_code = ANY(${params.add(regions)}::text[])`);
      if (wanted.status) list.push(`t.status = ${params.add(wanted.status)}`);
      if (wanted.topic) list.push(`t.topic = ${params.add(wanted.topic)}`);
      return list;
    };
    const where = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
    const page = new Params();
    const user = page.add(actor.userId);
    const pageConditions = conditions(page);
    if (cursor) pageConditions.push(`(t.last_message_at, t.id) < (${page.add(cursor[0])}::timestamptz, ${page.add(cursor[1])}::uuid)`);
    const count = new Params();
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${threadColumns(user)} FROM analytics.feedback_thread t ${where(pageConditions)} ORDER BY t.last_message_at DESC, t.id DESC LIMIT ${page.add(limit + 1)}`,
        page.values,
      ) as Promise<FeedbackThreadRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM analytics.feedback_thread t ${where(conditions(count))}`, count.values) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toFeedbackThread), limit, counted[0].n, (thread) => [thread.lastMessageAt.toISOString(), thread.id]);
  }

  /** One thread with the caller's unread count; null when there is none, FORBIDDEN when the caller takes no part in its region's threads. */
  async get(id: string, identity: Identity | null): Promise<FeedbackThread | null> {
    assertId(id, 'id');
    const thread = await this.load(id, identity?.userId ?? '');
    if (!thread) return null;
    assertFeedbackParticipant(identity, thread.regionCode, `feedback thread ${id}`);
    return thread;
  }

  /** A thread as `userId` sees it, or NOT_FOUND (field `id`). For the mutations, after their check of who. */
  async require(id: string, userId: string): Promise<FeedbackThread> {
    const thread = await this.load(id, userId);
    if (!thread) throw new NotFoundError('FeedbackThread', id, 'id');
    return thread;
  }

  private async load(id: string, userId: string): Promise<FeedbackThread | null> {
    const rows = (await this.dataSource.query(`SELECT ${threadColumns('$2')} FROM analytics.feedback_thread t WHERE t.id = $1`, [id, userId])) as FeedbackThreadRow[];
    return rows[0] ? toFeedbackThread(rows[0]) : null;
  }

  /** How many threads the caller takes part in have messages by others the caller has not read. */
  async unreadCount(identity: Identity | null): Promise<number> {
    const regions = feedbackRegionsFor(identity, null);
    const params = new Params();
    const user = params.add((identity as Identity).userId);
    const region = regions === 'ALL' ? '' : `t.region_code = ANY(${params.add(regions)}::text[]) AND `;
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM analytics.feedback_thread t WHERE ${region}EXISTS (SELECT 1 FROM ${unreadMessagesOf(user)})`,
      params.values,
    )) as {
      n: number;
    }[];
    return row.n;
  }

  /**
   * A thread's messages, the oldest first, keyset-paged on (created_at, id). Only a thread's page
   * asks for them (never a list of threads), so they are read per thread, not batched.
   */
  async messages(thread: FeedbackThread, args: PageArgs): Promise<ConnectionShape<FeedbackMessage>> {
    const limit = pageSize(args.first);
    const cursor = decodeTimeIdCursor(args.after);
    const params = new Params();
    const conditions = [`thread_id = ${params.add(thread.id)}`];
    if (cursor) conditions.push(`(created_at, id) > (${params.add(cursor[0])}::timestamptz, ${params.add(cursor[1])}::uuid)`);
    const rows = (await this.dataSource.query(
      `SELECT id, thread_id, author_id, text, created_at FROM analytics.feedback_message WHERE ${conditions.join(' AND ')} ORDER BY created_at, id LIMIT ${params.add(limit + 1)}`,
      params.values,
    )) as FeedbackMessageRow[];
    return toConnection(
      rows.map((row) => toFeedbackMessage(row, thread.regionCode)),
      limit,
      thread.messageCount,
      (message) => [message.createdAt.toISOString(), message.id],
    );
  }

  async attachmentsOf(loaders: LoaderRegistry, message: FeedbackMessage): Promise<FeedbackAttachment[]> {
    const loader = loaders.get<string, FeedbackAttachmentRow[]>('feedback.attachments', async (ids) => {
      const rows = (await this.dataSource.query(
        `SELECT id, message_id, file_name, mime_type, size_bytes, sha256, storage_key, created_at FROM analytics.feedback_attachment
         WHERE message_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [[...ids]],
      )) as FeedbackAttachmentRow[];
      return groupByKeys(ids, rows, (row) => row.message_id);
    });
    return (await loader.load(message.id)).map((row) => toFeedbackAttachment(row, message.regionCode));
  }

  async contentBase64(attachment: FeedbackAttachment): Promise<string> {
    return (await this.storage.get(attachment.storageKey)).toString('base64');
  }

  async linksOf(loaders: LoaderRegistry, thread: FeedbackThread): Promise<FeedbackLink[]> {
    const loader = loaders.get<string, FeedbackLinkEntity[]>('feedback.links', async (ids) => {
      const rows = await this.dataSource.getRepository(FeedbackLinkEntity).find({ where: { threadId: In([...ids]) }, order: { createdAt: 'ASC', targetId: 'ASC' } });
      return groupByKeys(ids, rows, (row) => row.threadId);
    });
    return (await loader.load(thread.id)).map((row) => ({ kind: row.kind as FeedbackLinkKind, targetId: row.targetId, threadId: row.threadId, regionCode: thread.regionCode }));
  }

  /** The linked need; links are checked to be of the thread's region when made, so whoever sees the thread may see the need. */
  async needOf(loaders: LoaderRegistry, link: FeedbackLink): Promise<Need | null> {
    if (link.kind !== FeedbackLinkKind.NEED) return null;
    const loader = loaders.get<string, NeedEntity | null>('feedback.linkedNeeds', async (ids) => {
      const rows = await this.dataSource.getRepository(NeedEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    const need = await loader.load(link.targetId);
    return need ? toNeed(need) : null;
  }
}
