import { IdField, RequiredTextField, VersionField } from '@birge/server-kit';
import { NEED_LIMITS } from '@birge/shared-reference';
import { Field, InputType } from 'type-graphql';
import { NeedStatus } from '../need-enums';

@InputType({ description: 'Moves an entry of the needs register to another status, saying why.' })
export class ChangeNeedStatusInput {
  @IdField('The entry.', 'is not a need id (a UUID)')
  id: string;

  @VersionField('The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION).')
  version: number;

  @Field(() => NeedStatus, { description: "The new status; one of the entry's allowedTransitions." })
  status: NeedStatus;

  @RequiredTextField(NEED_LIMITS.commentMaxLength, `Why (1 to ${NEED_LIMITS.commentMaxLength} characters); kept in the status history.`)
  comment: string;
}
