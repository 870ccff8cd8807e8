import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { AssistanceRequestStatus } from '../request/assistance-enums';
import { TimelineEntryKind } from './timeline-entry-kind.enum';

@ObjectType('AssistanceTimelineEntry', { description: 'One event in the life of a request: a comment, a status change, an assignment, ...' })
export class TimelineEntry {
  @Field(() => ID, { description: 'Stable id of the entry.' })
  id: string;

  @Field(() => TimelineEntryKind, { description: 'What happened; decides which of the other fields are set.' })
  kind: TimelineEntryKind;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field({ description: 'Who did it (a user id).' })
  authorId: string;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description:
      'Personal data (free text). The comment, the reason given with a status change, the answer or the rating. Null when there is none or when ' +
      'withheld from you (see personalDataHidden).',
  })
  text: string | null;

  @Field(() => AssistanceRequestStatus, { nullable: true, description: 'For STATUS_CHANGED: the status before.' })
  fromStatus: AssistanceRequestStatus | null;

  @Field(() => AssistanceRequestStatus, { nullable: true, description: 'For STATUS_CHANGED: the status after.' })
  toStatus: AssistanceRequestStatus | null;

  @Field(() => ID, { nullable: true, description: 'For ASSIGNED: the new assignee; null when the request was unassigned.' })
  assigneeId: string | null;

  @Field(() => ID, { nullable: true, description: 'For REFERRED and STATE_BODY_ANSWERED: the referral (see AssistanceRequest.referrals).' })
  referralId: string | null;

  @Field(() => ID, { nullable: true, description: 'For ATTACHMENT_ADDED: the attachment (see AssistanceRequest.attachments).' })
  attachmentId: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  /** The request's region, which decides who sees the text. */
  regionCode: string | null;
}
