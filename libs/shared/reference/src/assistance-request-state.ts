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
}
