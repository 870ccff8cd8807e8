import type { AssistanceSubtype, AssistanceType } from './assistance-catalog';
import type { AssistanceOutcomeResult } from './assistance-outcome';
import type { AssistanceRequestStatus } from './assistance-status';

/**
 * What an assistance request is after the change an event reports. Every request event carries
 * it whole, so a consumer that keeps a copy (analytics) stores the newest state it has seen:
 * events of one request travel on several queues and may arrive out of order, and a state with a
 * lower `version` never overwrites one with a higher.
 */
export interface AssistanceRequestState {
  requestId: string;
  organizationId: string;
  regionCode: string;
  type: AssistanceType;
  subtype: AssistanceSubtype;
  status: AssistanceRequestStatus;
  /** Set once the request is RESOLVED. */
  outcome: AssistanceOutcomeResult | null;
  assigneeId: string | null;
  /** The request's optimistic-locking version after the change. */
  version: number;
  /** When the organization submitted it (ISO 8601). */
  submittedAt: string;
  /*
   * The figures analytics reports besides status and outcome. Absent on events queued before
   * assistance sent them (a consumer keeps what it had); `npm run analytics:rebuild` settles them.
   */
  /** When the request is due by its region's service level (ISO 8601); null until its region is known. */
  dueAt?: string | null;
  /** When it first left NEW: the front office's first response (ISO 8601). */
  firstResponseAt?: string | null;
  /** When it was resolved (ISO 8601). */
  resolvedAt?: string | null;
  /** The requester's score, 1 to 5, once rated. */
  rating?: number | null;
  /** Referrals to state bodies, and how many of them were answered. */
  referralCount?: number;
  answeredReferralCount?: number;
}
