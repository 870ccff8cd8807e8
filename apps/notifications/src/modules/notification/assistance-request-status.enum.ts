import { AssistanceRequestStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

// The assistance subgraph's enum, shared through libs/shared: same name, values and description.
registerEnumType(AssistanceRequestStatus, {
  name: 'AssistanceRequestStatus',
  description: 'Where a request stands in its workflow.',
});

export { AssistanceRequestStatus };
