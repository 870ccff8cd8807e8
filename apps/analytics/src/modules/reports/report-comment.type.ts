import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OfficeMessage } from '../common/office-message.type';

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
export class ReportComment extends OfficeMessage('comment') {
  @Field(() => String, { nullable: true, description: 'The field the message is about; null for the report as a whole.' })
  fieldKey: string | null;

  @Field(() => ReportCommentSide, { description: 'Which side wrote it.' })
  side: ReportCommentSide;

  @Field(() => ID, { description: 'Who wrote it (a user id).' })
  authorId: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;
}
