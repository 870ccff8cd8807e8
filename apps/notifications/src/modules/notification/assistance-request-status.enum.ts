import { AssistanceRequestStatus } from '@birge/shared-reference';

export { AssistanceRequestStatus };
