import type { AssistanceRequestStatus } from '@birge/shared-reference';
import { NotificationKind } from './notification-kind.enum';
import type { Notification } from './notification.type';

/** A notification row as the service selects it: the table's columns plus the reader's state. */
export interface NotificationRow {
  id: string;
  kind: string;
  regionCode: string | null;
  organizationId: string | null;
  assistanceRequestId: string | null;
  bookingId: string | null;
  trainingId: string | null;
  assigneeId: string | null;
  previousAssigneeId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  subjectId: string | null;
  districtCode: string | null;
  detail: Record<string, unknown> | null;
  personal: boolean;
  createdAt: Date;
  read: boolean;
  archived: boolean;
}

const numberOf = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    createdAt: row.createdAt,
    read: row.read,
    archived: row.archived,
    personal: row.personal,
    region: row.regionCode ? { code: row.regionCode } : null,
    organization: row.organizationId ? { id: row.organizationId } : null,
    assistanceRequest: row.assistanceRequestId ? { id: row.assistanceRequestId } : null,
    booking: row.bookingId ? { id: row.bookingId } : null,
    trainingId: row.trainingId,
    training: row.trainingId ? { id: row.trainingId } : null,
    assigneeId: row.assigneeId,
    previousAssigneeId: row.previousAssigneeId,
    fromStatus: row.fromStatus as AssistanceRequestStatus | null,
    toStatus: row.toStatus as AssistanceRequestStatus | null,
    subjectId: row.subjectId,
    districtCode: row.districtCode,
    daysLeft: numberOf(row.detail?.daysLeft),
    score: numberOf(row.detail?.score),
    period: typeof row.detail?.period === 'string' ? row.detail.period : null,
    title: typeof row.detail?.title === 'string' ? row.detail.title : null,
  };
}
