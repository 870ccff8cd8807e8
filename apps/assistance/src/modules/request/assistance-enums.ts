import { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(AssistanceType, {
  name: 'AssistanceType',
  description: 'The three types of help a front office gives: administrative, consultative, informational.',
});
registerEnumType(AssistanceSubtype, {
  name: 'AssistanceSubtype',
  description: 'What exactly is asked for; each sub-type belongs to one AssistanceType.',
});
registerEnumType(AssistanceRequestStatus, {
  name: 'AssistanceRequestStatus',
  description: 'Where a request stands in its workflow.',
});

registerEnumType(AssistanceOutcomeResult, {
  name: 'AssistanceOutcomeResult',
  description: 'What came of a resolved request; each sub-type allows its own results (see assistanceCatalog).',
});

export { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, AssistanceType };
