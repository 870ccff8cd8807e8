import type { AssistanceSubtype, AssistanceType } from './assistance-catalog';
import type { BookableResourceKind } from './assistance-premises';
import type { AssistanceRequestState } from './assistance-request-state';
import type { AssistanceRequestStatus } from './assistance-status';
import type { OrganizationKind } from './organization-kind';
import type { OrganizationProfileFacts } from './organization-profile-facts';
import type { AuditRecordedPayload } from './audit';
import type { FeedbackTopic } from './feedback';
import type { NeedKind, NeedTheme } from './needs';
import type { AccountCreatedPayload, AccountDeactivatedPayload, ApiKeyExpiringPayload, PasswordChangedPayload } from './identity-events';
import type { ReportPeriodType } from './reports';
import type { OrganizationMailingChangedPayload } from './mailing-events';
import type { DirectoryEntryChangedPayload } from './directory';
import type { GrantProgrammeAnnouncedPayload, GrantProgrammeClosingSoonPayload } from './grant-programmes';
import type { PortalLinkIssuedPayload } from './organization-portal';
import type {
  ContactLoggedPayload,
  OrganizationsImportedPayload,
  OrganizationsMergedPayload,
  OrganizationUpdatedPayload,
  OrganizationVerificationChangedPayload,
  DistrictContactsStalePayload,
  VerificationExpiringPayload,
} from './registry-events';

/**
 * The events subgraphs exchange. A producer writes an event in the same transaction as the
 * change it describes; every consumer queue listed in EVENT_ROUTES gets its own durable copy.
 */
export interface EventEnvelope<TName extends EventName = EventName> {
  /** Unique per event; consumers use it to stay idempotent. */
  eventId: string;
  name: TName;
  occurredAt: string;
  payload: EventPayloads[TName];
}

export interface OrganizationRegisteredPayload {
  organizationId: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  districtCode: string | null;
  /** Legal form, directions, categories and modes; absent on events queued before the registry sent them. */
  profile?: OrganizationProfileFacts;
  /** Who registered it (a user id); absent on events queued before producers sent it. Notifications never go to the actor. */
  actorId?: string | null;
}

export interface AssistanceRequestSubmittedPayload {
  requestId: string;
  organizationId: string;
  regionCode: string;
  type: AssistanceType;
  subtype: AssistanceSubtype;
  status: AssistanceRequestStatus;
  /** The request as submitted (see AssistanceRequestState). */
  state: AssistanceRequestState;
  /**
   * The user whose action this was (the staff member or partner who acted); absent on events
   * queued before producers sent it. Notifications never go to the actor.
   */
  actorId?: string | null;
}

export interface EventPayloads {
  'registry.organization-registered': OrganizationRegisteredPayload;
  'assistance.request-submitted': AssistanceRequestSubmittedPayload;
}

export type EventName = keyof EventPayloads;

/** Consumer queues: `<owning subgraph>.<purpose>`. */
export const EVENT_ROUTES: { readonly [N in EventName]: readonly string[] } = {
  'registry.organization-registered': ['assistance.organization-directory', 'analytics.organization-figures', 'notifications.organization-registered'],
  'assistance.request-submitted': ['notifications.request-submitted', 'analytics.request-figures'],
  'assistance.request-assigned': ['notifications.request-assigned', 'analytics.request-assignments'],
  'assistance.request-status-changed': ['notifications.request-status-changed', 'analytics.request-status-changes'],
  // A change of a request's figures that is no status change nor assignment (a rating, a state body's answer).
  'assistance.request-changed': ['analytics.request-changes'],
  'assistance.request-overdue': ['notifications.request-overdue'],
  'assistance.booking-confirmed': ['notifications.booking-confirmed', 'analytics.booking-confirmations'],
  'assistance.booking-cancelled': ['notifications.booking-cancelled', 'analytics.booking-cancellations'],
  'assistance.training-changed': ['analytics.training-figures'],
  'assistance.training-reminder': ['notifications.training-reminder'],
  'registry.organization-updated': ['analytics.organization-updates'],
  'registry.contact-logged': ['analytics.contact-coverage'],
  'registry.organizations-merged': ['analytics.organization-merges', 'assistance.organization-merges'],
  'registry.organizations-imported': ['assistance.organization-imports', 'analytics.organization-imports', 'notifications.organization-imports'],
  'registry.organization-verification-changed': ['analytics.organization-verifications', 'notifications.organization-verified'],
  'audit.mutation-recorded': ['identity.audit'],
  // The notifications subgraph keeps who announcements may be e-mailed to from these (consenting contacts only).
  'registry.organization-mailing-changed': ['notifications.organization-mailing'],
  // Raised by the registry's daily sweep, once per case, for the region's staff.
  'registry.verification-expiring': ['notifications.verification-expiring'],
  'registry.district-contacts-stale': ['notifications.district-contacts-stale'],
  'assistance.request-rated': ['notifications.request-rated'],
  // The notifications subgraph keeps its recipients (email, language, region, role) from these.
  'identity.account-created': ['notifications.account-created'],
  'identity.account-deactivated': ['notifications.account-deactivated'],
  'identity.password-changed': ['notifications.password-changed'],
  'identity.api-key-expiring': ['notifications.api-key-expiring'],
  // Waits, durably, for the notifications subgraph to tell the republican office.
  'analytics.need-escalated': ['notifications.need-escalated'],
  // Waits, durably, for the notifications subgraph to tell the other side of a feedback thread.
  'analytics.feedback-posted': ['notifications.feedback-posted'],
  // Wait, durably, for the notifications subgraph to tell the republican office (submitted) or the region (the others).
  'analytics.report-submitted': ['notifications.report-submitted'],
  'analytics.report-returned': ['notifications.report-returned'],
  'analytics.report-accepted': ['notifications.report-accepted'],
  'analytics.report-reopened': ['notifications.report-reopened'],
  'analytics.report-due-soon': ['notifications.report-due-soon'],
  'analytics.report-overdue': ['notifications.report-overdue'],
  // Assistance keeps the names of the directory's entries that referrals and programmes link to.
  'registry.directory-entry-changed': ['assistance.directory-entries'],
  // The notifications subgraph turns these into a draft announcement and a reminder for the region's staff.
  'assistance.grant-programme-announced': ['notifications.grant-programme-announced'],
  'assistance.grant-programme-closing-soon': ['notifications.grant-programme-closing-soon'],
  // The notifications subgraph e-mails an organization's contact the portal link staff issued.
  'registry.portal-link-issued': ['notifications.portal-link-email'],
};

export function consumerQueues(): string[] {
  return [...new Set(Object.values(EVENT_ROUTES).flat())];
}

/** A staff member was made responsible for a request (or it was unassigned: assigneeId null). */
export interface AssistanceRequestAssignedPayload {
  requestId: string;
  organizationId: string;
  regionCode: string;
  assigneeId: string | null;
  previousAssigneeId: string | null;
  /** The request after the assignment (see AssistanceRequestState). */
  state: AssistanceRequestState;
  /**
   * The user whose action this was (the staff member or partner who acted); absent on events
   * queued before producers sent it. Notifications never go to the actor.
   */
  actorId?: string | null;
}

/** A request moved along its workflow (ASSISTANCE_TRANSITIONS). */
export interface AssistanceRequestStatusChangedPayload {
  requestId: string;
  organizationId: string;
  regionCode: string;
  from: AssistanceRequestStatus;
  to: AssistanceRequestStatus;
  /** The request after the change, with its outcome when resolved (see AssistanceRequestState). */
  state: AssistanceRequestState;
  /**
   * The user whose action this was (the staff member or partner who acted); absent on events
   * queued before producers sent it. Notifications never go to the actor.
   */
  actorId?: string | null;
}

/** A request passed its due date while still open; raised once per request. */
export interface AssistanceRequestOverduePayload {
  requestId: string;
  organizationId: string;
  regionCode: string;
  subtype: AssistanceSubtype;
  dueAt: string;
  /** Who is responsible for the request (null: unassigned); absent on events queued before it was sent. */
  assigneeId?: string | null;
}

/** A room or piece of equipment was booked for, or released by, an organization. */
export interface AssistanceBookingPayload {
  bookingId: string;
  resourceId: string;
  organizationId: string;
  regionCode: string;
  startsAt: string;
  endsAt: string;
  /** ROOM or EQUIPMENT; absent on events queued before assistance sent it. */
  resourceKind?: BookableResourceKind;
  /**
   * The user whose action this was (the staff member or partner who acted); absent on events
   * queued before producers sent it. Notifications never go to the actor.
   */
  actorId?: string | null;
}

/** A training starts soon; raised once per training. */
export interface AssistanceTrainingReminderPayload {
  trainingId: string;
  regionCode: string;
  topic: string;
  startsAt: string;
  registeredCount: number;
  /** The place reminded: assistance raises one reminder per REGISTERED place (organization) of the training. */
  registrationId: string;
  /** The organization holding that place. */
  organizationId: string;
  /** How many of its participants the place is for. */
  participants: number;
}

// Declaration merging: the assistance workflow's events, added to the map above.
export interface EventPayloads {
  'assistance.request-assigned': AssistanceRequestAssignedPayload;
  'assistance.request-status-changed': AssistanceRequestStatusChangedPayload;
  'assistance.request-overdue': AssistanceRequestOverduePayload;
  'assistance.booking-confirmed': AssistanceBookingPayload;
  'assistance.booking-cancelled': AssistanceBookingPayload;
  'assistance.training-reminder': AssistanceTrainingReminderPayload;
}

/** An organization rated the help it got on a resolved request (once per request). */
export interface AssistanceRequestRatedPayload {
  requestId: string;
  organizationId: string;
  regionCode: string;
  /** 1 to 5. */
  score: number;
  assigneeId: string | null;
  actorId?: string | null;
}

// Declaration merging: events notifications are made of (issue 14): the registry's sweeps, a rating, staff accounts.
export interface EventPayloads {
  'registry.verification-expiring': VerificationExpiringPayload;
  'registry.district-contacts-stale': DistrictContactsStalePayload;
  'assistance.request-rated': AssistanceRequestRatedPayload;
  'identity.account-created': AccountCreatedPayload;
  'identity.account-deactivated': AccountDeactivatedPayload;
  'identity.password-changed': PasswordChangedPayload;
  'identity.api-key-expiring': ApiKeyExpiringPayload;
}

// Declaration merging: the registry's events (issue 3), added to the map above.
export interface EventPayloads {
  'registry.organization-updated': OrganizationUpdatedPayload;
  'registry.contact-logged': ContactLoggedPayload;
  'registry.organizations-merged': OrganizationsMergedPayload;
  /** A bulk import's records, a batch per event instead of an event per record. */
  'registry.organizations-imported': OrganizationsImportedPayload;
  'registry.organization-verification-changed': OrganizationVerificationChangedPayload;
}

// Declaration merging: the audit trail of mutations (issue 5), stored by the identity subgraph.
export interface EventPayloads {
  'audit.mutation-recorded': AuditRecordedPayload;
}

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

// Declaration merging: the analytics needs register's events (issue 12).
export interface EventPayloads {
  'analytics.need-escalated': NeedEscalatedPayload;
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

// Declaration merging: the analytics feedback channel's events (issue 12).
export interface EventPayloads {
  'analytics.feedback-posted': FeedbackPostedPayload;
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

// Declaration merging: the analytics periodic reports' events (issue 12).
export interface EventPayloads {
  'analytics.report-submitted': ReportSubmittedPayload;
  'analytics.report-returned': ReportReturnedPayload;
  'analytics.report-accepted': ReportAcceptedPayload;
  'analytics.report-reopened': ReportReopenedPayload;
  'analytics.report-due-soon': ReportDueSoonPayload;
  'analytics.report-overdue': ReportOverduePayload;
}

// Declaration merging: what announcements are sent to (issue 14).
export interface EventPayloads {
  'registry.organization-mailing-changed': OrganizationMailingChangedPayload;
}

/**
 * A request changed in a way analytics counts and that is neither a status change nor an
 * assignment: the requester rated it, or a state body answered a referral of it.
 */
export interface AssistanceRequestChangedPayload {
  requestId: string;
  organizationId: string;
  regionCode: string;
  change: 'RATED' | 'STATE_BODY_ANSWERED';
  /** The request after the change (see AssistanceRequestState). */
  state: AssistanceRequestState;
  /** The user whose action this was. */
  actorId?: string | null;
}

// Declaration merging: the analytics read model's request changes (issue 13).
export interface EventPayloads {
  'assistance.request-changed': AssistanceRequestChangedPayload;
}


/**
 * What a training counts now, after any change of it or of its places (scheduled, changed,
 * cancelled, a place registered, cancelled or promoted, attendance marked). `changedAt` orders two
 * changes of one training: an older one never overwrites a newer.
 */
export interface AssistanceTrainingChangedPayload {
  trainingId: string;
  regionCode: string;
  startsAt: string;
  /** SCHEDULED or CANCELLED (assistance's TrainingStatus). */
  status: string;
  /** The training's capacity (participants). */
  seats: number;
  /** Participants of the REGISTERED places. */
  registeredParticipants: number;
  /** Participants of the places marked ATTENDED. */
  attendedParticipants: number;
  changedAt: string;
}

// Declaration merging: the analytics read model's trainings (issue 13).
export interface EventPayloads {
  'assistance.training-changed': AssistanceTrainingChangedPayload;
}

// Declaration merging: the directory of state bodies and sponsors, and the grant programmes (issue 17).
export interface EventPayloads {
  'registry.directory-entry-changed': DirectoryEntryChangedPayload;
  'assistance.grant-programme-announced': GrantProgrammeAnnouncedPayload;
  'assistance.grant-programme-closing-soon': GrantProgrammeClosingSoonPayload;
}

// Declaration merging: organizations acting for themselves through a portal link (issue 17).
export interface EventPayloads {
  'registry.portal-link-issued': PortalLinkIssuedPayload;
}
