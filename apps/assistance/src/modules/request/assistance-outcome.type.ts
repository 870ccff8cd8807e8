import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { AssistanceOutcomeResult } from './assistance-enums';

@ObjectType({ description: 'What came of a resolved request, recorded when it was resolved.' })
export class AssistanceOutcome {
  @Field(() => AssistanceOutcomeResult, { description: 'The result; one of those its sub-type allows.' })
  result: AssistanceOutcomeResult;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: "Personal data (free text). What was done, in the staff member's words. Null when none was written or when withheld (see personalDataHidden).",
  })
  note: string | null;

  @Field(() => String, { nullable: true, description: "Evidence: the publication's address for PUBLICATION_MADE, otherwise optional." })
  link: string | null;

  @Field({ description: 'When the request was resolved.' })
  resolvedAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  /** The request's region, which decides who sees the note. */
  regionCode: string | null;
}
