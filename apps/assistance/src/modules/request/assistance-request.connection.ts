import { AccessRestriction, ConnectionType } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { WITHHELD_LIST_DESCRIPTION } from '../access/assistance-access';
import { AssistanceRequest } from './assistance-request.type';

@ObjectType('AssistanceRequestConnection', { description: 'A page of assistance requests, newest first.' })
export class AssistanceRequestConnection extends ConnectionType(AssistanceRequest, 'AssistanceRequest') {
  @Field(() => AccessRestriction, { nullable: true, description: WITHHELD_LIST_DESCRIPTION })
  withheld?: AccessRestriction | null;
}
