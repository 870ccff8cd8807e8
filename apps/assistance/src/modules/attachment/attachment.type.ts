import { AccessRestriction, AttachedFile, PERSONAL_DATA_HIDDEN_DESCRIPTION } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A file attached to an assistance request.' })
export class AssistanceAttachment extends AttachedFile {
  @Field({ description: 'Who attached it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was attached.' })
  createdAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  requestId: string;
  /** The request's region, which decides who sees the file. */
  regionCode: string | null;
}
