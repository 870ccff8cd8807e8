import { INHERIT_CACHE, ListSize, PUBLIC_REFERENCE } from '@birge/server-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AssistanceOutcomeResult, AssistanceSubtype, AssistanceType } from '../request/assistance-enums';
import { AssistanceLabel } from './assistance-label.type';

@Directive(INHERIT_CACHE)
@ObjectType({ description: 'A result a resolved request of a sub-type may have.' })
export class AssistanceCatalogOutcome {
  @Field(() => AssistanceOutcomeResult, { description: 'The result, as recorded in AssistanceOutcome.result.' })
  result: AssistanceOutcomeResult;

  @Field(() => AssistanceLabel, { description: 'Its name in kk, ru and en.' })
  label: AssistanceLabel;

  @Field({ description: 'Whether recording this result needs a link to the evidence.' })
  requiresLink: boolean;
}

@Directive(INHERIT_CACHE)
@ObjectType({ description: 'One kind of help within a type, with its possible results.' })
export class AssistanceCatalogSubtype {
  @Field(() => AssistanceSubtype, { description: 'The sub-type, as given when submitting a request.' })
  subtype: AssistanceSubtype;

  @Field(() => AssistanceLabel, { description: 'Its name in kk, ru and en.' })
  label: AssistanceLabel;

  @Field(() => Int, { description: 'Days from submission to the due date unless a region sets its own (see assistanceServiceLevels).' })
  defaultServiceLevelDays: number;

  @ListSize(Object.keys(AssistanceOutcomeResult).length)
  @Field(() => [AssistanceCatalogOutcome], { description: 'The results a resolved request of this sub-type may have.' })
  outcomes: AssistanceCatalogOutcome[];
}

@Directive(PUBLIC_REFERENCE)
@ObjectType({ description: 'One of the three types of help a front office gives, with its sub-types.' })
export class AssistanceCatalogType {
  @Field(() => AssistanceType, { description: 'The type, as given when submitting a request.' })
  type: AssistanceType;

  @Field(() => AssistanceLabel, { description: 'Its name in kk, ru and en.' })
  label: AssistanceLabel;

  @ListSize(Object.keys(AssistanceSubtype).length)
  @Field(() => [AssistanceCatalogSubtype], { description: 'The kinds of help within the type.' })
  subtypes: AssistanceCatalogSubtype[];
}
