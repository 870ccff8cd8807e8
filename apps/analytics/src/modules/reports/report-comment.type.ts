import { graphqlEnum, type EnumValue } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { OfficeMessage } from '../common/office-message.type';

/** Which side of the review wrote a comment. */
export const ReportCommentSide = graphqlEnum('ReportCommentSide', "Who wrote a report's comment: the region's front office or the republican office.", {
  REGION: "The region's front office.",
  REPUBLICAN_OFFICE: 'The republican office (an administrator).',
});
export type ReportCommentSide = EnumValue<typeof ReportCommentSide>;

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
