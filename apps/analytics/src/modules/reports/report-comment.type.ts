import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Which side of the review wrote a comment. */
export enum ReportCommentSide {
  REGION = 'REGION',
  REPUBLICAN_OFFICE = 'REPUBLICAN_OFFICE',
}

registerEnumType(ReportCommentSide, {
  name: 'ReportCommentSide',
  description: "Who wrote a report's comment: the region's front office or the republican office.",
  valuesConfig: { REGION: { description: "The region's front office." }, REPUBLICAN_OFFICE: { description: 'The republican office (an administrator).' } },
});

@ObjectType({ description: "A message of a report's comment thread, between the region's front office and the republican office." })
export class ReportComment {
  @Field(() => ID, { description: 'Stable id of the comment.' })
  id: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text that may name people). The message; null when withheld from you: see personalDataHidden.' })
  text: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => String, { nullable: true, description: 'The field the message is about; null for the report as a whole.' })
  fieldKey: string | null;

  @Field(() => ReportCommentSide, { description: 'Which side wrote it.' })
  side: ReportCommentSide;

  @Field(() => ID, { description: 'Who wrote it (a user id).' })
  authorId: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  /** The report's region: decides who sees the text. */
  regionCode: string;
}
