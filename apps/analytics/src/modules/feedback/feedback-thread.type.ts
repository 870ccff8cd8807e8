import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { FeedbackThreadStatus, FeedbackTopic } from './feedback-enums';

@ObjectType({
  description:
    "A thread of the continuous feedback channel between a region's front office and the republican office: a topic, a subject, messages with " +
    "files, links to the region's needs, open or closed. Only the region's own staff and republican administrators see it.",
})
export class FeedbackThread {
  @Field(() => ID, { description: 'Stable id of the thread.' })
  id: string;

  @Field(() => Region, { nullable: true, description: 'The region whose front office the thread is with. Null only when the registry, which names it, cannot be reached.' })
  region: Region | null;

  @Field(() => FeedbackTopic, { description: 'What the thread is about.' })
  topic: FeedbackTopic;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text that may name people). The subject line. Null when withheld from you: see personalDataHidden.' })
  subject: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => FeedbackThreadStatus, { description: 'Open (takes messages) or closed.' })
  status: FeedbackThreadStatus;

  @Field({ description: 'When the thread was opened.' })
  createdAt: Date;

  @Field(() => ID, { description: 'Who opened it (a user id).' })
  createdBy: string;

  @Field({ description: 'When its newest message was posted; threads are listed by it, the newest first.' })
  lastMessageAt: Date;

  @Field(() => Int, { description: 'How many messages it has.' })
  messageCount: number;

  @Field(() => Int, { description: 'How many of its messages by others you have not read yet (your own never count).' })
  unreadCount: number;

  @Field(() => Date, { nullable: true, description: 'When it was last closed or reopened; null while it never was.' })
  statusChangedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who last closed or reopened it (a user id); null while nobody did.' })
  statusChangedBy: string | null;

  /** Decides who takes part in the thread. */
  regionCode: string;
}
