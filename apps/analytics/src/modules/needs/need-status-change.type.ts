import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { NeedStatus } from './need-enums';

@ObjectType({ description: "One step of a need's status history: who moved it, when, from which status to which, and why." })
export class NeedStatusChange {
  @Field(() => ID, { description: 'Stable id of the step.' })
  id: string;

  @Field(() => NeedStatus, { nullable: true, description: 'The status before; null on the first step, when the need was recorded.' })
  fromStatus: NeedStatus | null;

  @Field(() => NeedStatus, { description: 'The status after.' })
  toStatus: NeedStatus;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text that may name people). Why the status changed; null on the first step, or when withheld from you: see personalDataHidden.',
  })
  comment: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => ID, { description: 'Who made the change (a user id).' })
  changedBy: string;

  @Field({ description: 'When the change was made.' })
  changedAt: Date;

  /** The need's region: decides who sees the comment. */
  regionCode: string;
}
