import { OptionalTextField } from '@birge/server-kit';
import { ArrayMaxSize, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Direction } from '../programme/programme-enums';
import { JointEventFollowUpKind, JointEventKind, JointEventParticipantKind } from './joint-event-enums';
import { MAX_INVITED } from './joint-event.type';

@InputType({ description: 'Someone invited to a joint event.' })
export class JointEventParticipantInput {
  @Field(() => JointEventParticipantKind, { description: 'An organization, a state body or a sponsor.' })
  kind: JointEventParticipantKind;

  @Field(() => ID, {
    description: 'The organization (UNKNOWN_ORGANIZATION), state body or sponsor (UNKNOWN_STATE_BODY, UNKNOWN_SPONSOR, ..._ARCHIVED) on invited.N.id.',
  })
  id: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether they came; leave it null until the event is held (ATTENDANCE_BEFORE_EVENT for a day still to come).',
  })
  @IsOptional()
  attended?: boolean | null;
}

/** The fields of a joint event; on update, omitted ones stay as they are. */
@InputType('JointEventFieldsInput', { description: 'The fields of a joint event.' })
class JointEventFieldsInput {
  @Field(() => String, { nullable: true, description: 'The district (KATO code of the region) where it is held; an empty string removes it on update.' })
  @IsOptional()
  @MaxLength(12)
  districtCode?: string | null;

  @OptionalTextField(300, 'The venue, in words, up to 300 characters.')
  place?: string | null;

  @Field(() => [Direction], { nullable: true, description: 'The directions of volunteering it is about.' })
  @IsOptional()
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @OptionalTextField(5000, 'What was agreed, up to 5000 characters.')
  agreed?: string | null;

  @Field(() => [JointEventParticipantInput], {
    nullable: true,
    description: `Who is invited and whether they came, up to ${MAX_INVITED}; on update the whole list is replaced. DUPLICATE_PARTICIPANT on invited.N.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITED)
  invited?: JointEventParticipantInput[] | null;
}

@InputType({ description: 'A new joint event.' })
export class CreateJointEventInput extends JointEventFieldsInput {
  @Field(() => String, { nullable: true, description: 'The region whose office convenes it (regional staff: their own, also when omitted; others: REQUIRED).' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => JointEventKind, { description: 'Round table, forum, meeting or other.' })
  kind: JointEventKind;

  @Field({ description: 'What it is called or about, 3 to 300 characters (INVALID_LENGTH).' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  title: string;

  @Field({ description: 'The day (YYYY-MM-DD) it is held (INVALID_DATE).' })
  heldOn: string;
}

@InputType({ description: 'A change of a joint event; a stale version is CONFLICT (STALE_VERSION).' })
export class UpdateJointEventInput extends JointEventFieldsInput {
  @Field(() => ID, { description: 'The event.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => JointEventKind, { nullable: true, description: 'Round table, forum, meeting or other.' })
  @IsOptional()
  kind?: JointEventKind | null;

  @OptionalTextField(300, 'What it is called or about, 3 to 300 characters.')
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) it is held.' })
  @IsOptional()
  heldOn?: string | null;
}

@InputType({ description: 'A need or a request for help that followed a joint event.' })
export class AddJointEventFollowUpInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => JointEventFollowUpKind, { description: 'A need or a request for help.' })
  kind: JointEventFollowUpKind;

  @Field(() => ID, {
    description:
      "The need's id, or the request's (UNKNOWN_ASSISTANCE_REQUEST; REQUEST_OTHER_REGION when it is another region's) on targetId. " +
      'The same one twice is CONFLICT (FOLLOW_UP_EXISTS).',
  })
  targetId: string;

  @OptionalTextField(2000, 'What was agreed about it, up to 2000 characters.')
  note?: string | null;
}

@InputType({ description: 'Which joint events to list; every one the caller may read when empty.' })
export class JointEventFilter {
  @Field(() => String, { nullable: true, description: "Only this region's (regional staff: their own; another is FORBIDDEN)." })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only those held in this district.' })
  @IsOptional()
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Held on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Held on or before this day (YYYY-MM-DD; PERIOD_REVERSED before from).' })
  @IsOptional()
  to?: string | null;

  @Field(() => Direction, { nullable: true, description: 'Only those about this direction.' })
  @IsOptional()
  direction?: Direction | null;

  @Field(() => JointEventKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: JointEventKind | null;

  @Field(() => ID, { nullable: true, description: 'Only those this organization, state body or sponsor was invited to.' })
  @IsOptional()
  participantId?: string | null;
}
