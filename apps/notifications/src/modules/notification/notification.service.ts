import { isUuid, type Identity } from '@birge/shared-reference';
import { byKeys, decodeTimeIdCursor, type ConnectionShape, type LoaderRegistry, NotFoundError, pageSize, toConnection, ValidationError } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import { shownInApp } from '../preferences/preferences.service';
import { audienceOf, type NotificationAudience } from './notification-audience';
import { type NotificationRow, toNotification } from './notification.mapper';
import type { NotificationFilter } from './notification-filter.input';
import type { NotificationKind } from './notification-kind.enum';
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

  /**
   * What the reader may see: those for them personally; those for the whole office of their
   * region (of every region for a national reader); those for the region's staff only (a regional
   * reader of that region); those for the republican office (a republican administrator). Never
   * one about their own action.
   */
  visible(): string[] {
    const region = this.audience.regionCode === null ? null : this.add(this.audience.regionCode);
    const shared = [
      region === null ? `n.audience = 'OFFICE'` : `(n.audience = 'OFFICE' AND n.region_code = ${region})`,
      ...(region === null ? [] : [`(n.audience = 'REGION' AND n.region_code = ${region})`]),
      ...(this.audience.republican ? [`n.audience = 'REPUBLICAN'`] : []),
    ];
    return [
      `(n.recipient_id = ${this.reader()} OR (n.recipient_id IS NULL AND (${shared.join(' OR ')})))`,
      `n.actor_id IS DISTINCT FROM ${this.reader()}`,
      // Kinds the reader turned off in the app (notification preferences).
      shownInApp(this.reader()),
    ];
  }

  isRead(): string {
    return `EXISTS (SELECT 1 FROM notifications.notification_read r WHERE r.notification_id = n.id AND r.user_id = ${this.reader()})`;
  }

  isArchived(): string {
    return `EXISTS (SELECT 1 FROM notifications.notification_archive a WHERE a.notification_id = n.id AND a.user_id = ${this.reader()})`;
  }

  /** The filter's conditions; without `archived: true` the archive stays out of the inbox. */
  filtered(filter: NotificationFilter | null | undefined): string[] {
    const conditions = this.visible();
    if (filter?.kind) conditions.push(`n.kind = ${this.add(filter.kind)}`);
    if (filter?.read === true) conditions.push(this.isRead());
    if (filter?.read === false) conditions.push(`NOT ${this.isRead()}`);
    conditions.push(filter?.archived ? this.isArchived() : `NOT ${this.isArchived()}`);
    return conditions;
  }

  columns(): string {
    return `n.id, n.kind, n.region_code AS "regionCode", n.organization_id AS "organizationId",
      n.assistance_request_id AS "assistanceRequestId", n.booking_id AS "bookingId", n.training_id AS "trainingId",
      n.assignee_id AS "assigneeId", n.previous_assignee_id AS "previousAssigneeId", n.from_status AS "fromStatus",
      n.to_status AS "toStatus", n.subject_id AS "subjectId", n.district_code AS "districtCode", n.detail,
      n.recipient_id IS NOT NULL AS personal, n.created_at AS "createdAt",
      ${this.isRead()} AS read, ${this.isArchived()} AS archived`;
  }
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

function assertNotificationId(id: string): void {
  if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', 'is not a notification id (a UUID)');
}

/** The staff inbox: what a reader may see, their read and archive state, and changing them. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on (created_at, id). */
  async list(
    identity: Identity,
    first: number | null | undefined,
    after: string | null | undefined,
    filter: NotificationFilter | null | undefined,
  ): Promise<ConnectionShape<Notification>> {
    const audience = audienceOf(identity);
    const limit = pageSize(first);
    const cursor = decodeTimeIdCursor(after);

    const count = new Params(audience);
    const countFilters = count.filtered(filter);
    const page = new Params(audience);
    const pageColumns = page.columns();
    const pageFilters = page.filtered(filter);
    if (cursor) pageFilters.push(`(n.created_at, n.id) < (${page.add(cursor[0])}::timestamptz, ${page.add(cursor[1])}::uuid)`);

    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${pageColumns} FROM notifications.notification n ${whereClause(pageFilters)}
         ORDER BY n.created_at DESC, n.id DESC LIMIT ${page.add(limit + 1)}`,
        page.values,
      ) as Promise<NotificationRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM notifications.notification n ${whereClause(countFilters)}`, count.values) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toNotification), limit, counted[0].n, (n) => [n.createdAt.toISOString(), n.id]);
  }

  /** Unread and not archived: what the bell counts. */
  async unreadCount(identity: Identity): Promise<number> {
    const audience = audienceOf(identity);
    const params = new Params(audience);
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications.notification n ${whereClause(params.filtered({ read: false }))}`,
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
      const rows: NotificationRow[] = await this.dataSource.query(`SELECT ${columns} FROM notifications.notification n ${whereClause(conditions)}`, params.values);
      return byKeys(keys, rows.map(toNotification), (notification) => notification.id);
    });
  }

  /** Marks read for the current user; marking again keeps the first read time. */
  async markRead(id: string, identity: Identity): Promise<Notification> {
    return { ...(await this.mark(id, identity, ['notification_read'])), read: true };
  }

  /**
   * Marks every notification of the inbox (not archived) read for the current user, of one kind
   * when given, in one statement. @returns how many were unread.
   */
  async markAllRead(identity: Identity, kind: NotificationKind | null | undefined): Promise<number> {
    const params = new Params(audienceOf(identity));
    const conditions = params.filtered({ kind, read: false });
    const rows: { n: number }[] = await this.dataSource.query(
      `WITH target AS (SELECT n.id FROM notifications.notification n ${whereClause(conditions)}),
       marked AS (
         INSERT INTO notifications.notification_read (notification_id, user_id)
         SELECT id, ${params.reader()} FROM target ON CONFLICT DO NOTHING RETURNING 1
       )
       SELECT count(*)::int AS n FROM marked`,
      params.values,
    );
    return rows[0].n;
  }

  /** Archives for the current user, and marks read; archiving again keeps the first time. */
  async archive(id: string, identity: Identity): Promise<Notification> {
    return { ...(await this.mark(id, identity, ['notification_read', 'notification_archive'])), read: true, archived: true };
  }

  /**
   * Adds the reader's marks (a row of each of `tables`, none twice) to one notification they may
   * see, in one statement: the insert runs only for a notification the reader may see. The
   * notification is returned as the statement's snapshot saw it, before its own inserts.
   */
  private async mark(id: string, identity: Identity, tables: string[]): Promise<Notification> {
    assertNotificationId(id);
    const params = new Params(audienceOf(identity));
    const conditions = [`n.id = ${params.add(id)}::uuid`, ...params.visible()];
    const marks = tables.map(
      (table, i) => `mark_${i} AS (
         INSERT INTO notifications.${table} (notification_id, user_id)
         SELECT id, ${params.reader()} FROM target ON CONFLICT DO NOTHING
       )`,
    );
    const rows: NotificationRow[] = await this.dataSource.query(
      `WITH target AS (SELECT n.id FROM notifications.notification n ${whereClause(conditions)}),
       ${marks.join(',\n       ')}
       SELECT ${params.columns()} FROM notifications.notification n JOIN target USING (id)`,
      params.values,
    );
    if (!rows.length) throw new NotFoundError('Notification', id, 'id');
    return toNotification(rows[0]);
  }
}
