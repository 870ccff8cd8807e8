import { IdField, RequiredTextField } from '@birge/server-kit';
import { NEED_LIMITS } from '@birge/shared-reference';
import { InputType } from 'type-graphql';

@InputType({ description: "A message in an entry's comment thread. Comments change nothing else, so they need no version." })
export class CommentOnNeedInput {
  @IdField('The entry.', 'is not a need id (a UUID)')
  id: string;

  @RequiredTextField(NEED_LIMITS.commentMaxLength, `The message (1 to ${NEED_LIMITS.commentMaxLength} characters).`)
  text: string;
}
