import { NotFoundError } from '@birge/server-kit';
import type { EntityManager } from 'typeorm';
import type { AnnouncementStatus, AnnouncementTopic, Direction, OrganizationKind, VerificationStatus } from './announcement-enums';
import type { Announcement } from './announcement.type';

/** An announcement row with its figures, as `announcementColumns` selects it. */
export interface AnnouncementRow {
  id: string;
  topic: string;
  language: string;
  title: string;
  body: string;
  link: string | null;
  owner_region_code: string | null;
  region_codes: string[];
  district_codes: string[];
  directions: string[];
  organization_kinds: string[];
  verification_statuses: string[];
  status: string;
  scheduled_at: Date | null;
  sent_at: Date | null;
  audience: number | null;
  staff_notified: number | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  sent: number;
  failed: number;
  pending: number;
  unsubscribed: number;
}

/** The columns of `notifications.announcement a` with its figures from the delivery log, computed in the same statement. */
export const announcementColumns = `a.*, f.sent, f.failed, f.pending,
  (SELECT count(*) FROM notifications.unsubscribe u WHERE u.announcement_id = a.id)::int AS unsubscribed`;
export const figuresJoin = `LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE d.status = 'SENT')::int AS sent, count(*) FILTER (WHERE d.status = 'FAILED')::int AS failed,
      count(*) FILTER (WHERE d.status IN ('QUEUED', 'SENDING'))::int AS pending
    FROM notifications.announcement_recipient r JOIN notifications.email_delivery d ON d.id = r.delivery_id
    WHERE r.announcement_id = a.id) f ON true`;

export function toAnnouncement(row: AnnouncementRow): Announcement {
  return {
    id: row.id,
    topic: row.topic as AnnouncementTopic,
    language: row.language,
    title: row.title,
    body: row.body,
    link: row.link,
    ownerRegionCode: row.owner_region_code,
    target: {
      regionCodes: row.region_codes,
      districtCodes: row.district_codes,
      directions: row.directions as Direction[],
      organizationKinds: row.organization_kinds as OrganizationKind[],
      verificationStatuses: row.verification_statuses as VerificationStatus[],
    },
    status: row.status as AnnouncementStatus,
    scheduledAt: row.scheduled_at,
    sentAt: row.sent_at,
    figures: {
      audience: row.audience ?? 0,
      sent: row.sent ?? 0,
      failed: row.failed ?? 0,
      pending: row.pending ?? 0,
      unsubscribed: row.unsubscribed ?? 0,
      staffNotified: row.staff_notified ?? 0,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** One announcement with its figures, optionally locked for a change. */
export async function loadAnnouncement(manager: EntityManager, id: string, lock = false): Promise<AnnouncementRow | undefined> {
  if (lock) {
    const locked: unknown[] = await manager.query(`SELECT 1 FROM notifications.announcement WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked.length) return undefined;
  }
  const [row]: AnnouncementRow[] = await manager.query(`SELECT ${announcementColumns} FROM notifications.announcement a ${figuresJoin} WHERE a.id = $1`, [id]);
  return row;
}

/** An announcement known to exist (read again after a change in the same transaction). */
export async function mustLoadAnnouncement(manager: EntityManager, id: string): Promise<AnnouncementRow> {
  const row = await loadAnnouncement(manager, id);
  if (!row) throw new NotFoundError('Announcement', id, 'id');
  return row;
}
