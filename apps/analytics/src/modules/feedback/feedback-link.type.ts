import { Field, ID, ObjectType } from 'type-graphql';
import { Need } from '../needs/need.type';
import { FeedbackLinkKind } from './feedback-enums';

@ObjectType({ description: "A record of the thread's region the thread points to: an entry of the needs register or a periodic report." })
export class FeedbackLink {
  @Field(() => FeedbackLinkKind, { description: 'What kind of record it is.' })
  kind: FeedbackLinkKind;

  @Field(() => ID, { description: 'The id of the record.' })
  targetId: string;

  /** Resolved by FeedbackLinkResolver.need and .report. */
  need?: Need | null;

  threadId: string;
  regionCode: string;
}
