import { NEED_LIMITS } from '@birge/shared-reference';
import { IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "A message in an entry's comment thread. Comments change nothing else, so they need no version." })
export class CommentOnNeedInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID('all', { message: 'is not a need id (a UUID)' })
  id: string;

  @Field({ description: `The message (1 to ${NEED_LIMITS.commentMaxLength} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(NEED_LIMITS.commentMaxLength, { message: `must be at most ${NEED_LIMITS.commentMaxLength} characters` })
  text: string;
}
