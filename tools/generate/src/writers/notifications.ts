import { bulkWrite } from '../bulk';
import { copyRows, type CopyValue } from '../copy';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { DAY_MS, HOUR_MS } from '../context';
import { generatedId } from '../ids';
import { streamOf } from '../random';
import { requestRecords } from './request-records';

export interface BookingNotice {
  id: string;
  organizationId: string;
  regionCode: string;
  createdAt: number;
  createdBy: string;
}

/** One inbox row as the notifications consumers write it for an event. */
interface NotificationRecord {
  kind: string;
  regionCode: string;
  organizationId: string;
  requestId: string | null;
  bookingId: string | null;
  assigneeId: string | null;
  previousAssigneeId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  /** Null: the region's office; else the one user it is for. */
  recipientId: string | null;
  actorId: string | null;
  at: number;
}

/**
 * The inbox: what the consumers of registry and assistance events write (a new organization; a
 * submitted, assigned, changed, overdue request; a confirmed booking), for the office or the
 * assignee, never to the one who acted, in the order things happened per source. Requests fill
 * what organizations and bookings leave of `plan.notifications`, spread evenly over them, so the
 * inbox holds exactly that many rows.
 */
function* notificationRecords(
  ctx: GenerateContext,
  organizations: GeneratedOrganizations,
  staff: GeneratedStaff,
  bookings: readonly BookingNotice[],
): Generator<NotificationRecord> {
  const budget = ctx.plan.notifications;
  let emitted = 0;
  for (let o = 0; o < organizations.ids.length && emitted < budget; o++, emitted++) {
    const regionIndex = organizations.regionIndex[o];
    yield {
      kind: 'ORGANIZATION_REGISTERED',
      regionCode: ctx.places.regions[regionIndex].code,
      organizationId: organizations.ids[o],
      requestId: null,
      bookingId: null,
      assigneeId: null,
      previousAssigneeId: null,
      fromStatus: null,
      toStatus: null,
      recipientId: null,
      actorId: staff.byRegion[regionIndex][0],
      at: organizations.createdAt[o] + 2_000,
    };
  }
  for (let b = 0; b < bookings.length && emitted < budget; b++, emitted++) {
    const booking = bookings[b];
    yield {
      kind: 'BOOKING_CONFIRMED',
      regionCode: booking.regionCode,
      organizationId: booking.organizationId,
      requestId: null,
      bookingId: booking.id,
      assigneeId: null,
      previousAssigneeId: null,
      fromStatus: null,
      toStatus: null,
      recipientId: null,
      actorId: booking.createdBy,
      at: booking.createdAt + 2_000,
    };
  }
  const forRequests = budget - emitted;
  const requests = ctx.plan.requests;
  let fromRequests = 0;
  for (const r of requestRecords(ctx, organizations, staff)) {
    // Up to this request's even share of what is left, the submission always first.
    const cap = Math.floor((forRequests * r.serial) / requests);
    const base = { regionCode: r.regionCode, organizationId: r.organizationId, requestId: r.id, bookingId: null, previousAssigneeId: null };
    if (fromRequests < cap) {
      fromRequests++;
      yield {
        ...base,
        kind: 'ASSISTANCE_REQUEST_SUBMITTED',
        assigneeId: null,
        fromStatus: null,
        toStatus: 'NEW',
        recipientId: null,
        actorId: r.createdBy,
        at: r.createdAt + 2_000,
      };
    }
    let assignee: string | null = null;
    for (const e of r.timeline) {
      if (fromRequests >= cap) break;
      if (e.kind === 'ASSIGNED') {
        assignee = e.assigneeId;
        if (e.assigneeId === e.authorId) continue;
        fromRequests++;
        yield {
          ...base,
          kind: 'ASSISTANCE_REQUEST_ASSIGNED',
          assigneeId: e.assigneeId,
          fromStatus: null,
          toStatus: null,
          recipientId: e.assigneeId,
          actorId: e.authorId,
          at: e.at + 2_000,
        };
      } else if (e.kind === 'STATUS_CHANGED') {
        if (assignee !== null && assignee === e.authorId) continue;
        fromRequests++;
        yield {
          ...base,
          kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED',
          assigneeId: assignee,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          recipientId: assignee,
          actorId: e.authorId,
          at: e.at + 2_000,
        };
      }
    }
    if (r.overdueRaisedAt !== null && fromRequests < cap) {
      fromRequests++;
      yield {
        ...base,
        kind: 'ASSISTANCE_REQUEST_OVERDUE',
        assigneeId: r.assigneeId,
        fromStatus: null,
        toStatus: null,
        recipientId: r.assigneeId,
        actorId: null,
        at: r.overdueRaisedAt + 2_000,
      };
    }
  }
}

/**
 * Writes the inbox rows and, for those older than two weeks, most of them read: by their one
 * recipient, or, for the office's, by one of the region's staff.
 */
export async function writeNotifications(
  ctx: GenerateContext,
  organizations: GeneratedOrganizations,
  staff: GeneratedStaff,
  bookings: readonly BookingNotice[],
): Promise<{ notifications: number; reads: number }> {
  const total = ctx.plan.notifications;
  const regionIndex = new Map(ctx.places.regions.map((region, i) => [region.code, i]));
  let serial = 0;
  const notifications = await bulkWrite(ctx, 'notifications.notification', total, () =>
    copyRows(
      ctx.client,
      'notifications.notification',
      [
        'id',
        'event_id',
        'kind',
        'region_code',
        'organization_id',
        'assistance_request_id',
        'booking_id',
        'assignee_id',
        'previous_assignee_id',
        'from_status',
        'to_status',
        'recipient_id',
        'actor_id',
        'audience',
        'created_at',
        'detail',
      ],
      (function* () {
        for (const n of notificationRecords(ctx, organizations, staff, bookings)) {
          serial++;
          if (serial % 50000 === 0) ctx.progress('notifications', serial, total);
          yield [
            generatedId('notification', serial),
            generatedId('event', serial),
            n.kind,
            n.regionCode,
            n.organizationId,
            n.requestId,
            n.bookingId,
            n.assigneeId,
            n.previousAssigneeId,
            n.fromStatus,
            n.toStatus,
            n.recipientId,
            n.actorId,
            'OFFICE',
            new Date(n.at),
            {},
          ] as CopyValue[];
        }
      })(),
    ),
  );
  ctx.progress('notifications', notifications, total);
  const random = streamOf(ctx.seed, 'notification-reads');
  const readBefore = ctx.asOf.getTime() - 14 * DAY_MS;
  serial = 0;
  // About half of them read.
  const reads = await bulkWrite(ctx, 'notifications.notification_read', Math.round(total / 2), () =>
    copyRows(
      ctx.client,
      'notifications.notification_read',
      ['notification_id', 'user_id', 'read_at'],
      (function* () {
        for (const n of notificationRecords(ctx, organizations, staff, bookings)) {
          serial++;
          if (n.at >= readBefore || !random.chance(0.6)) continue;
          const reader = n.recipientId ?? random.pick(staff.byRegion[regionIndex.get(n.regionCode) ?? 0]);
          yield [generatedId('notification', serial), reader, new Date(n.at + random.between(1, 72) * HOUR_MS)] as CopyValue[];
        }
      })(),
    ),
  );
  ctx.progress('notification reads', reads, reads);
  return { notifications, reads };
}
