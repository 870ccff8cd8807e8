import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "A referral of a request to a state body (an akimat, a ministry, ...) and that body's answer." })
export class StateBodyReferral {
  @Field(() => ID, { description: 'Stable id of the referral.' })
  id: string;

  @Field({
    description: 'Which state body the request was referred to: the name as written, or, for a referral linked to the directory (stateBodyEntry), its Kazakh name at the time.',
  })
  stateBody: string;

  @Field({ description: 'The day (YYYY-MM-DD) it was referred.' })
  referredOn: string;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text). What was asked of the body. Null when none was written or when withheld (see personalDataHidden).',
  })
  note: string | null;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: "Personal data (free text). The body's answer; null while it has not answered or when withheld (see personalDataHidden; answeredOn still tells whether it did).",
  })
  answer: string | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) the answer came.' })
  answeredOn: string | null;

  @Field({ description: 'Who referred it (a user id).' })
  createdBy: string;

  @Field({ description: 'When the referral was recorded.' })
  createdAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  /** The request's region, which decides who sees the note and the answer. */
  regionCode: string | null;
  /** The directory entry it is linked to; null for referrals written as free text. */
  stateBodyId: string | null;
  requestId?: string;
}
