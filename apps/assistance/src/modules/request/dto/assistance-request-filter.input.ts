import { Field, ID, InputType } from 'type-graphql';
import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from '../assistance-enums';

@InputType({ description: 'Narrows a list of assistance requests; every field given must match.' })
export class AssistanceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only requests of this region (KATO code).' })
  regionCode?: string | null;

  @Field(() => AssistanceRequestStatus, { nullable: true, description: 'Only requests in this status.' })
  status?: AssistanceRequestStatus | null;

  @Field(() => AssistanceType, { nullable: true, description: 'Only requests of this type.' })
  type?: AssistanceType | null;

  @Field(() => AssistanceSubtype, { nullable: true, description: 'Only requests of this sub-type.' })
  subtype?: AssistanceSubtype | null;

  @Field(() => ID, { nullable: true, description: 'Only requests assigned to this staff member (a user id).' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only open requests past their due date; false: only the others.' })
  overdue?: boolean | null;
}
