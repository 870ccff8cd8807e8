import type { FeedbackTopic } from './feedback';
import type { NeedKind, NeedTheme } from './needs';
import type { ReportPeriodType } from './reports';

// The events the analytics subgraph raises: the needs register, the feedback channel and periodic reports.

/**
 * A region's entry of the needs and problems register was handed up to the republican front
 * office. Codes and ids only: the narrative and the comment are free text about people and stay
 * in analytics.
 */
export interface NeedEscalatedPayload {
  needId: string;
  regionCode: string;
  districtCode: string | null;
  theme: NeedTheme;
  kind: NeedKind;
  /** Who escalated it (a user id). */
  escalatedBy: string;
  escalatedAt: string;
}

/**
 * A message was posted to a thread of the continuous feedback channel (the first one opens the
 * thread). Codes and ids only: the subject and the text are free text and stay in analytics.
 */
export interface FeedbackPostedPayload {
  threadId: string;
  messageId: string;
  regionCode: string;
  topic: FeedbackTopic;
  /** Who wrote it (a user id), and from which side: the region's front office or the republican office. */
  authorId: string;
  authorSide: 'REGION' | 'REPUBLICAN_OFFICE';
  /** True for the message that opened the thread. */
  opensThread: boolean;
  attachmentCount: number;
  postedAt: string;
}

/**
 * What every periodic report event says: which form, region and period, and the report when the
 * region has opened one. Codes, ids and the form's title only: answers and comments are free text
 * and stay in analytics.
 */
export interface ReportEventBase {
  /** The report; null in due-soon and overdue events of a region that has not opened its report yet. */
  reportId: string | null;
  formId: string;
  /** The form's version the report is filled on (the current one when there is no report yet). */
  formVersion: number;
  /** The form's title in kk, ru and en, for the message. */
  formTitle: { kk: string; ru: string; en: string };
  regionCode: string;
  periodType: ReportPeriodType;
  /** The period, written `2026-Q1`, `2026-H2`, `2026-07` or `2026`. */
  period: string;
  /** The last day (YYYY-MM-DD, Kazakhstan time) the report is due. */
  dueOn: string;
}

/** A region submitted (or resubmitted) its report: the republican office reviews it. */
export interface ReportSubmittedPayload extends ReportEventBase {
  reportId: string;
  /** Who submitted it (a user id). */
  actorId: string;
  submittedAt: string;
  /** True when submitted no later than the form's on-time window allows. */
  onTime: boolean;
  /** 1 for the first submission, 2 after the first return, ... */
  submissionCount: number;
}

/** The republican office returned a report to its region, with a comment (kept in analytics). */
export interface ReportReturnedPayload extends ReportEventBase {
  reportId: string;
  actorId: string;
  returnedAt: string;
}

/** The republican office accepted a report: it is locked. */
export interface ReportAcceptedPayload extends ReportEventBase {
  reportId: string;
  actorId: string;
  acceptedAt: string;
}

/** An administrator reopened an accepted report, with a reason: the region may change and resubmit it. */
export interface ReportReopenedPayload extends ReportEventBase {
  reportId: string;
  actorId: string;
  reopenedAt: string;
}

/** A region's report is due within days and not submitted yet; raised once per form, region and period. */
export interface ReportDueSoonPayload extends ReportEventBase {
  daysLeft: number;
}

/** A region's report is past its due day and was never submitted; raised once per form, region and period. */
export interface ReportOverduePayload extends ReportEventBase {
  daysOverdue: number;
}
