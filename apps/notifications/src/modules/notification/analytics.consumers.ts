import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { EventName, ReportEventBase } from '@birge/shared-reference';
import { insertNotification, notifyOn, type NotificationAudienceKind } from './notification-facts';
import { NotificationKind } from './notification-kind.enum';

/** What every report notification says: the form's title (in each language), the period, the due day. */
const reportDetail = (p: ReportEventBase, extra: Record<string, unknown> = {}) => ({ formTitle: p.formTitle, period: p.period, dueOn: p.dueOn, ...extra });

/**
 * A report event's consumer: a submission is for the republican office (it reviews), the others
 * for the region's staff (their report was returned, accepted, reopened, or is due).
 */
function reportConsumer<N extends Extract<EventName, `analytics.report-${string}`>>(
  event: N,
  kind: NotificationKind,
  audience: NotificationAudienceKind,
  extra: (payload: never) => Record<string, unknown> = () => ({}),
): EventConsumer {
  return defineConsumer({
    event,
    handle: async (manager, { eventId, payload }) => {
      const p = payload as ReportEventBase & { actorId?: string | null };
      await insertNotification(manager, eventId, {
        kind,
        regionCode: p.regionCode,
        audience,
        subjectId: p.reportId ?? p.formId,
        detail: reportDetail(p, extra(payload as never)),
        recipientId: null,
        actorId: p.actorId ?? null,
      });
    },
  });
}

/**
 * The analytics subgraph's notifications: a need handed up and a report submitted go to the
 * republican office; a feedback message to the other side of its thread; a report returned,
 * accepted, reopened, due or overdue to the region's staff.
 */
export const analyticsConsumers: readonly EventConsumer[] = [
  notifyOn('analytics.need-escalated', (p) => ({
    kind: NotificationKind.NEED_ESCALATED,
    regionCode: p.regionCode,
    districtCode: p.districtCode,
    audience: 'REPUBLICAN',
    subjectId: p.needId,
    detail: { theme: p.theme, needKind: p.kind },
    recipientId: null,
    actorId: p.escalatedBy,
  })),
  notifyOn('analytics.feedback-posted', (p) => ({
    kind: NotificationKind.FEEDBACK_POSTED,
    regionCode: p.regionCode,
    audience: p.authorSide === 'REGION' ? 'REPUBLICAN' : 'REGION',
    subjectId: p.threadId,
    detail: { topic: p.topic, opensThread: p.opensThread, attachmentCount: p.attachmentCount },
    recipientId: null,
    actorId: p.authorId,
  })),
  reportConsumer('analytics.report-submitted', NotificationKind.REPORT_SUBMITTED, 'REPUBLICAN', (p: { onTime: boolean; submissionCount: number }) => ({
    onTime: p.onTime,
    submissionCount: p.submissionCount,
  })),
  reportConsumer('analytics.report-returned', NotificationKind.REPORT_RETURNED, 'REGION'),
  reportConsumer('analytics.report-accepted', NotificationKind.REPORT_ACCEPTED, 'REGION'),
  reportConsumer('analytics.report-reopened', NotificationKind.REPORT_REOPENED, 'REGION'),
  reportConsumer('analytics.report-due-soon', NotificationKind.REPORT_DUE_SOON, 'REGION', (p: { daysLeft: number }) => ({ daysLeft: p.daysLeft })),
  reportConsumer('analytics.report-overdue', NotificationKind.REPORT_OVERDUE, 'REGION', (p: { daysOverdue: number }) => ({ daysOverdue: p.daysOverdue })),
];
