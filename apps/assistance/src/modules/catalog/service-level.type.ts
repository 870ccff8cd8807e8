import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceSubtype } from '../request/assistance-enums';

@ObjectType('AssistanceServiceLevel', { description: "A region's service level for one sub-type: the days a request has before it is overdue." })
export class ServiceLevelType {
  @Field(() => ID, { description: 'The region (KATO code).' })
  regionCode: string;

  @Field(() => AssistanceSubtype, { description: 'The sub-type the level is for.' })
  subtype: AssistanceSubtype;

  @Field(() => Int, { description: 'Calendar days from submission to the due date.' })
  days: number;

  @Field({ description: 'True when the region set its own; false when the national default applies.' })
  regionSpecific: boolean;
}
