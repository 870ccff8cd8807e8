import type {
  AssistanceBookingPayload,
  AssistanceRequestAssignedPayload,
  AssistanceRequestChangedPayload,
  AssistanceRequestOverduePayload,
  AssistanceRequestRatedPayload,
  AssistanceRequestStatusChangedPayload,
  AssistanceRequestSubmittedPayload,
  AssistanceTrainingChangedPayload,
  AssistanceTrainingReminderPayload,
} from './assistance-events';
import type {
  FeedbackPostedPayload,
  NeedEscalatedPayload,
  ReportAcceptedPayload,
  ReportDueSoonPayload,
  ReportOverduePayload,
  ReportReopenedPayload,
  ReportReturnedPayload,
  ReportSubmittedPayload,
} from './analytics-events';
import type { AuditRecordedPayload } from './audit';
import type { DirectoryEntryChangedPayload } from './directory';
import type { GrantProgrammeAnnouncedPayload, GrantProgrammeClosingSoonPayload } from './grant-programmes';
import type { AccountCreatedPayload, AccountDeactivatedPayload, ApiKeyExpiringPayload, PasswordChangedPayload } from './identity-events';
import type { OrganizationMailingChangedPayload } from './mailing-events';
import type { PortalLinkIssuedPayload } from './organization-portal';
import type {
  ContactLoggedPayload,
  DistrictContactsStalePayload,
  OrganizationRegisteredPayload,
  OrganizationsImportedPayload,
  OrganizationsMergedPayload,
  OrganizationUpdatedPayload,
  OrganizationVerificationChangedPayload,
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

/**
 * Every event by name and its payload. The payloads live beside their producer's vocabulary:
 * registry-events.ts, assistance-events.ts, analytics-events.ts, identity-events.ts and the rest.
 */
export interface EventPayloads {
  // The registry's organizations (issue 3).
  'registry.organization-registered': OrganizationRegisteredPayload;
  'registry.organization-updated': OrganizationUpdatedPayload;
  'registry.contact-logged': ContactLoggedPayload;
  'registry.organizations-merged': OrganizationsMergedPayload;
  /** A bulk import's records, a batch per event instead of an event per record. */
  'registry.organizations-imported': OrganizationsImportedPayload;
  'registry.organization-verification-changed': OrganizationVerificationChangedPayload;
  // The registry's daily sweeps, for notifications (issue 14).
  'registry.verification-expiring': VerificationExpiringPayload;
  'registry.district-contacts-stale': DistrictContactsStalePayload;
  // What announcements are sent to (issue 14).
  'registry.organization-mailing-changed': OrganizationMailingChangedPayload;
  // The directory of state bodies and sponsors (issue 17).
  'registry.directory-entry-changed': DirectoryEntryChangedPayload;
  // Organizations acting for themselves through a portal link (issue 17).
  'registry.portal-link-issued': PortalLinkIssuedPayload;

  // The assistance workflow's requests, bookings and trainings.
  'assistance.request-submitted': AssistanceRequestSubmittedPayload;
  'assistance.request-assigned': AssistanceRequestAssignedPayload;
  'assistance.request-status-changed': AssistanceRequestStatusChangedPayload;
  'assistance.request-overdue': AssistanceRequestOverduePayload;
  'assistance.booking-confirmed': AssistanceBookingPayload;
  'assistance.booking-cancelled': AssistanceBookingPayload;
  'assistance.training-reminder': AssistanceTrainingReminderPayload;
  // A rating, for notifications (issue 14).
  'assistance.request-rated': AssistanceRequestRatedPayload;
  // The analytics read model's request changes and trainings (issue 13).
  'assistance.request-changed': AssistanceRequestChangedPayload;
  'assistance.training-changed': AssistanceTrainingChangedPayload;
  // The grant programmes (issue 17).
  'assistance.grant-programme-announced': GrantProgrammeAnnouncedPayload;
  'assistance.grant-programme-closing-soon': GrantProgrammeClosingSoonPayload;

  // Staff accounts, for notifications (issue 14).
  'identity.account-created': AccountCreatedPayload;
  'identity.account-deactivated': AccountDeactivatedPayload;
  'identity.password-changed': PasswordChangedPayload;
  'identity.api-key-expiring': ApiKeyExpiringPayload;
  // The audit trail of mutations (issue 5), stored by the identity subgraph.
  'audit.mutation-recorded': AuditRecordedPayload;

  // The analytics needs register, feedback channel and periodic reports (issue 12).
  'analytics.need-escalated': NeedEscalatedPayload;
  'analytics.feedback-posted': FeedbackPostedPayload;
  'analytics.report-submitted': ReportSubmittedPayload;
  'analytics.report-returned': ReportReturnedPayload;
  'analytics.report-accepted': ReportAcceptedPayload;
  'analytics.report-reopened': ReportReopenedPayload;
  'analytics.report-due-soon': ReportDueSoonPayload;
  'analytics.report-overdue': ReportOverduePayload;
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
