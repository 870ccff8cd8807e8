import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType, type AssistanceRequestState } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';

/** The state a request event carries, for tests that publish request events themselves. */
export function assistanceRequestState(overrides: Partial<AssistanceRequestState> & Pick<AssistanceRequestState, 'regionCode'>): AssistanceRequestState {
  return {
    requestId: randomUUID(),
    organizationId: randomUUID(),
    type: AssistanceType.ADMINISTRATIVE,
    subtype: AssistanceSubtype.TRAINING,
    status: AssistanceRequestStatus.NEW,
    outcome: null,
    assigneeId: null,
    version: 1,
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}
