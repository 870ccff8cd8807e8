import { AssistanceRequestStatus } from './assistance-status';

const S = AssistanceRequestStatus;

/**
 * The one table of the request workflow: from each status, the statuses a request may move to.
 * Resolved, declined and withdrawn are final. A request waiting on a state body goes back to
 * work (its answer came) or ends; it is never triaged again.
 */
export const ASSISTANCE_TRANSITIONS: Readonly<Record<AssistanceRequestStatus, readonly AssistanceRequestStatus[]>> = {
  [S.NEW]: [S.TRIAGED, S.DECLINED, S.WITHDRAWN],
  [S.TRIAGED]: [S.IN_PROGRESS, S.DECLINED, S.WITHDRAWN],
  [S.IN_PROGRESS]: [S.WAITING_ON_STATE_BODY, S.RESOLVED, S.DECLINED, S.WITHDRAWN],
  [S.WAITING_ON_STATE_BODY]: [S.IN_PROGRESS, S.RESOLVED, S.DECLINED, S.WITHDRAWN],
  [S.RESOLVED]: [],
  [S.DECLINED]: [],
  [S.WITHDRAWN]: [],
};

/** The statuses a request in `from` may move to; empty for a final status. */
export function allowedTransitions(from: AssistanceRequestStatus): readonly AssistanceRequestStatus[] {
  return ASSISTANCE_TRANSITIONS[from] ?? [];
}

export function isTransitionAllowed(from: AssistanceRequestStatus, to: AssistanceRequestStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** Statuses after which nothing about the request changes any more (a rating aside). */
export const FINAL_ASSISTANCE_STATUSES: readonly AssistanceRequestStatus[] = [S.RESOLVED, S.DECLINED, S.WITHDRAWN];
