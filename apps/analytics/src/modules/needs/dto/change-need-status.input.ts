import { NEED_LIMITS } from '@birge/shared-reference';
import { IsInt, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NeedStatus } from '../need-enums';

@InputType({ description: 'Moves an entry of the needs register to another status, saying why.' })
export class ChangeNeedStatusInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID('all', { message: 'is not a need id (a UUID)' })
  id: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION).' })
  @IsInt({ message: 'must be an integer' })
  version: number;

  @Field(() => NeedStatus, { description: "The new status; one of the entry's allowedTransitions." })
  status: NeedStatus;

  @Field({ description: `Why (1 to ${NEED_LIMITS.commentMaxLength} characters); kept in the status history.` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(NEED_LIMITS.commentMaxLength, { message: `must be at most ${NEED_LIMITS.commentMaxLength} characters` })
  comment: string;
}
