import { kazakhstanClock } from '@birge/shared-reference';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { EmailFacts } from '../email/email-render';
import { messageIdFor } from '../email/message-id';
import { renderDigest } from './digest-email';

export interface DigestSettings {
  DASHBOARD_URL: string;
  /** The local hour in Asia/Almaty from which the day's digests are built. */
  DIGEST_HOUR: number;
  /** ISO weekday (1 Monday) of the weekly digests. */
  DIGEST_WEEKDAY: number;
}

type Period = 'DAILY' | 'WEEKLY';
const LENGTH_MS: Record<Period, number> = { DAILY: 24 * 3600 * 1000, WEEKLY: 7 * 24 * 3600 * 1000 };
/** A digest lists at most this many; more are summed up by the count in its subject. */
const MAX_ITEMS = 50;

interface Reader {
  account_id: string;
  email: string;
  name: string | null;
  language: string;
  role: string | null;
  region_code: string | null;
}

/** The event id of one digest: derived from the account and the period, so building it again queues nothing. */
function digestEventId(accountId: string, period: Period, key: string): string {
  const hex = createHash('sha256').update(`digest/${accountId}/${period}/${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Builds the e-mail digests: from DIGEST_HOUR local time in Asia/Almaty, once a day for those who
 * chose DAILY for some kind, and on DIGEST_WEEKDAY for WEEKLY; each lists what the reader could see
 * in their inbox of those kinds since their previous digest, and goes through the mail queue in
 * their language. The clock is injected (tests run it at any hour).
 */
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: DigestSettings,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** @returns how many digests it queued (those with nothing to say are recorded, not sent). */
  async run(now: Date = this.clock()): Promise<number> {
    const local = kazakhstanClock(now);
    if (local.hour < this.settings.DIGEST_HOUR) return 0;
    const periods: Period[] = local.weekday === this.settings.DIGEST_WEEKDAY ? ['DAILY', 'WEEKLY'] : ['DAILY'];
    let queued = 0;
    for (const period of periods) {
      const readers: Reader[] = await this.dataSource.query(
        `SELECT DISTINCT r.account_id, r.email, r.name, r.language, r.role, r.region_code
         FROM notifications.notification_preference p JOIN notifications.recipient r ON r.account_id = p.account_id
         WHERE p.channel = 'EMAIL' AND p.mode = $1 AND r.active AND r.email IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM notifications.digest d WHERE d.account_id = r.account_id AND d.period = $1 AND d.period_key = $2)`,
        [period, local.date],
      );
      for (const reader of readers) {
        if (await this.dataSource.transaction((manager) => this.build(manager, reader, period, local.date, now))) queued += 1;
      }
    }
    return queued;
  }

  private async build(manager: EntityManager, reader: Reader, period: Period, key: string, now: Date): Promise<boolean> {
    const [last]: { until: Date }[] = await manager.query(`SELECT until FROM notifications.digest WHERE account_id = $1 AND period = $2 ORDER BY until DESC LIMIT 1`, [
      reader.account_id,
      period,
    ]);
    const since = last?.until ?? new Date(now.getTime() - LENGTH_MS[period]);
    const national = reader.region_code === null;
    const republican = reader.role === 'REPUBLICAN_ADMIN';
    // What the reader's inbox shows (see the notification service), of the kinds they want this way.
    const items: (Omit<EmailFacts, 'recipientName' | 'language'> & { total: number })[] = await manager.query(
      `SELECT n.kind, n.region_code AS "regionCode", n.district_code AS "districtCode", n.audience, n.from_status AS "fromStatus", n.to_status AS "toStatus",
         n.assignee_id AS "assigneeId", n.detail, count(*) OVER ()::int AS total
       FROM notifications.notification n
       WHERE n.created_at >= $2 AND n.created_at < $3 AND n.actor_id IS DISTINCT FROM $1
         AND n.kind IN (SELECT kind FROM notifications.notification_preference WHERE account_id = $1 AND channel = 'EMAIL' AND mode = $4)
         AND (n.recipient_id = $1 OR (n.recipient_id IS NULL AND (
           (n.audience = 'OFFICE' AND ($5::boolean OR n.region_code = $6))
           OR (n.audience = 'REGION' AND n.region_code = $6)
           OR (n.audience = 'REPUBLICAN' AND $7::boolean))))
       ORDER BY n.created_at DESC LIMIT ${MAX_ITEMS}`,
      [reader.account_id, since, now, period, national, reader.region_code, republican],
    );
    const eventId = digestEventId(reader.account_id, period, key);
    let deliveryId: string | null = null;
    if (items.length) {
      const rendered = renderDigest(period, items, reader, this.settings.DASHBOARD_URL);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO notifications.email_delivery (event_id, recipient_id, kind, email, language, message_id, subject, text_body, html_body, headers)
         VALUES ($1, $2, 'DIGEST', $3, $4, $5, $6, $7, $8, '{}'::jsonb) ON CONFLICT DO NOTHING RETURNING id`,
        [eventId, reader.account_id, reader.email, reader.language, messageIdFor(eventId, reader.account_id), rendered.subject, rendered.text, rendered.html],
      );
      deliveryId = row?.id ?? null;
    }
    const recorded: unknown[] = await manager.query(
      `INSERT INTO notifications.digest (account_id, period, period_key, since, until, items, delivery_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [reader.account_id, period, key, since, now, items[0]?.total ?? 0, deliveryId],
    );
    return recorded.length === 1 && deliveryId !== null;
  }
}
