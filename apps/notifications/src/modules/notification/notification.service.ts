import { isUuid, type Identity } from '@birge/shared-reference';
import {
  byKeys,
  decodeTimeIdCursor,
  type ConnectionShape,
  type LoaderRegistry,
  NotFoundError,
  pageSize,
  toConnection,
  ValidationError,
} from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import { audienceOf, type NotificationAudience } from './notification-audience';
import { type NotificationRow, toNotification } from './notification.mapper';
import type { Notification } from './notification.type';

/** Positional parameters for one hand-written statement about one reader's inbox. */
class Params {
  readonly values: unknown[] = [];
  private readerPlaceholder: string | null = null;

  constructor(private readonly audience: NotificationAudience) {}

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  reader(): string {
    this.readerPlaceholder ??= this.add(this.audience.userId);
    return this.readerPlaceholder;
  }

  /** The region condition: none for a national reader. */
  visible(): string[] {
    return this.audience.regionCode === null ? [] : [`n.region_code = ${this.add(this.audience.regionCode)}`];
  }

  isRead(): string {
    return `EXISTS (SELECT 1 FROM notifications.notification_read r WHERE r.notification_id = n.id AND r.user_id = ${this.reader()})`;
  }

  columns(): string {
    return `n.id, n.kind, n.region_code AS "regionCode", n.organization_id AS "organizationId",
      n.assistance_request_id AS "assistanceRequestId", n.booking_id AS "bookingId", n.training_id AS "trainingId",
      n.assignee_id AS "assigneeId", n.created_at AS "createdAt", ${this.isRead()} AS read`;
  }
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The staff inbox: what a reader may see, their read state, and marking as read. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on (created_at, id). */
  async list(
    identity: Identity,
    first: number | null | undefined,
    after: string | null | undefined,
    unreadOnly: boolean | null | undefined,
  ): Promise<ConnectionShape<Notification>> {
    const audience = audienceOf(identity);
    const limit = pageSize(first);
    const cursor = decodeTimeIdCursor(after);

    const count = new Params(audience);
    const countFilters = [...count.visible(), ...(unreadOnly ? [`NOT ${count.isRead()}`] : [])];
    const page = new Params(audience);
    const pageColumns = page.columns();
    const pageFilters = [...page.visible(), ...(unreadOnly ? [`NOT ${page.isRead()}`] : [])];
    if (cursor) pageFilters.push(`(n.created_at, n.id) < (${page.add(cursor[0])}::timestamptz, ${page.add(cursor[1])}::uuid)`);

    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${pageColumns} FROM notifications.notification n ${whereClause(pageFilters)}
         ORDER BY n.created_at DESC, n.id DESC LIMIT ${page.add(limit + 1)}`,
        page.values,
      ) as Promise<NotificationRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications.notification n ${whereClause(countFilters)}`,
        count.values,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toNotification), limit, counted[0].n, (n) => [n.createdAt.toISOString(), n.id]);
  }

  async unreadCount(identity: Identity): Promise<number> {
    const audience = audienceOf(identity);
    const params = new Params(audience);
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications.notification n ${whereClause([...params.visible(), `NOT ${params.isRead()}`])}`,
      params.values,
    );
    return rows[0].n;
  }

  /** Notifications by id as this request's reader sees them; null when missing or not theirs. */
  visibleLoader(loaders: LoaderRegistry, identity: Identity) {
    const audience = audienceOf(identity);
    return loaders.get<string, Notification | null>(`notification.visibleById:${audience.userId}`, async (ids) => {
      const keys = ids.map((id) => id.toLowerCase());
      const valid = keys.filter((id) => isUuid(id));
      if (!valid.length) return keys.map(() => null);
      const params = new Params(audience);
      const columns = params.columns();
      const conditions = [`n.id = ANY(${params.add(valid)}::uuid[])`, ...params.visible()];
      const rows: NotificationRow[] = await this.dataSource.query(
        `SELECT ${columns} FROM notifications.notification n ${whereClause(conditions)}`,
        params.values,
      );
      return byKeys(keys, rows.map(toNotification), (notification) => notification.id);
    });
  }

  /** Marks read for the current user; marking again keeps the first read time. */
  async markRead(id: string, identity: Identity): Promise<Notification> {
    if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', 'is not a notification id (a UUID)');
    const audience = audienceOf(identity);
    const params = new Params(audience);
    const conditions = [`n.id = ${params.add(id)}::uuid`, ...params.visible()];
    // One statement: the insert runs only for a notification the reader may see.
    const rows: NotificationRow[] = await this.dataSource.query(
      `WITH target AS (SELECT n.id FROM notifications.notification n ${whereClause(conditions)}),
       marked AS (
         INSERT INTO notifications.notification_read (notification_id, user_id)
         SELECT id, ${params.reader()} FROM target ON CONFLICT DO NOTHING
       )
       SELECT ${params.columns()} FROM notifications.notification n JOIN target USING (id)`,
      params.values,
    );
    if (!rows.length) throw new NotFoundError('Notification', id, 'id');
    // The statement's snapshot predates its own insert, so `read` is set here.
    return { ...toNotification(rows[0]), read: true };
  }
}
