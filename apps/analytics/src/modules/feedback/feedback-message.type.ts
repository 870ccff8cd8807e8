import { Field, ID, ObjectType } from 'type-graphql';
import { OfficeMessage } from '../common/office-message.type';

@ObjectType({ description: "A message of a feedback thread, from the region's front office or from the republican office." })
export class FeedbackMessage extends OfficeMessage('message') {
  @Field(() => ID, { description: 'Who wrote it (a user id).' })
  authorId: string;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  threadId: string;
}
