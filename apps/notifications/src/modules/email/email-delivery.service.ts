import { decodeTimeIdCursor, pageSize, toConnection, ValidationError, type ConnectionShape } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { NotificationKind } from '../notification/notification-kind.enum';
import type { EmailDeliveryStatus } from './email-delivery-status.enum';
import type { EmailDeliveryFilter } from './email-delivery-filter.input';
import type { EmailDelivery } from './email-delivery.type';

const COLUMNS = `d.id, d.kind, d.status, d.email, d.recipient_id AS "recipientId", d.language, d.message_id AS "messageId", d.event_id AS "eventId",
  d.attempts, d.last_attempt_at AS "lastAttemptAt", CASE WHEN d.status = 'QUEUED' THEN d.next_attempt_at END AS "nextAttemptAt",
  d.sent_at AS "sentAt", d.failure_reason AS "failureReason", d.response_code AS "responseCode", d.created_at AS "createdAt"`;

/** The email delivery log (table `notifications.email_delivery`), read by republican administrators. */
export class EmailDeliveryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on (created_at, id). */
  async list(filter: EmailDeliveryFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<EmailDelivery>> {
    if (filter?.from && filter?.to && filter.from >= filter.to) throw ValidationError.field('filter.to', 'EMPTY_PERIOD', 'must be after filter.from');
    const limit = pageSize(first);
    const cursor = decodeTimeIdCursor(after);
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const conditions: string[] = [];
    if (filter?.status) conditions.push(`d.status = ${add(filter.status)}`);
    if (filter?.kind) conditions.push(`d.kind = ${add(filter.kind)}`);
    if (filter?.from) conditions.push(`d.created_at >= ${add(filter.from)}`);
    if (filter?.to) conditions.push(`d.created_at < ${add(filter.to)}`);
    const where = (extra: string[]) => (conditions.length + extra.length ? `WHERE ${[...conditions, ...extra].join(' AND ')}` : '');
    const countValues = [...values];
    const page = cursor ? [`(d.created_at, d.id) < (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`] : [];
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM notifications.email_delivery d ${where(page)} ORDER BY d.created_at DESC, d.id DESC LIMIT ${add(limit + 1)}`,
        values,
      ) as Promise<(EmailDelivery & { kind: NotificationKind; status: EmailDeliveryStatus })[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM notifications.email_delivery d ${where([])}`, countValues) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows, limit, counted[0].n, (d) => [d.createdAt.toISOString(), d.id]);
  }
}
