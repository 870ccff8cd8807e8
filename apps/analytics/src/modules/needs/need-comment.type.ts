import { Field, ID, ObjectType } from 'type-graphql';
import { OfficeMessage } from '../common/office-message.type';

@ObjectType({ description: "A message of a need's comment thread, between the region's front office and the republican office." })
export class NeedComment extends OfficeMessage('comment') {
  @Field(() => ID, { description: 'Who wrote it (a user id).' })
  authorId: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;
}
