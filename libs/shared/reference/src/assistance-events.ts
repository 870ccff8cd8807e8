import type { AssistanceSubtype, AssistanceType } from './assistance-catalog';
import type { BookableResourceKind } from './assistance-premises';
import type { AssistanceRequestState } from './assistance-request-state';
import type { AssistanceRequestStatus } from './assistance-status';

// The events the assistance subgraph raises about requests, bookings and trainings (EVENT_ROUTES says who takes them).

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
