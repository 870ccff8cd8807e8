import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from './assistance-enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A request of an organization for help from its regional front office.' })
export class AssistanceRequest {
  @Field(() => ID)
  id: string;

  @Field(() => AssistanceType)
  type: AssistanceType;

  @Field(() => AssistanceSubtype)
  subtype: AssistanceSubtype;

  @Field(() => AssistanceRequestStatus)
  status: AssistanceRequestStatus;

  @Field({ description: 'What the organization needs, in its own words.' })
  description: string;

  @Field({ description: 'When the request was submitted.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Increases on every change; pass it back when editing.' })
  version: number;

  @Field(() => Organization, { nullable: true, description: 'Who asked for help. Null only when the registry cannot be reached.' })
  organization: Organization;

  regionCode: string | null;
}
