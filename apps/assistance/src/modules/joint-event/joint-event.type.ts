import { ConnectionType, ListSize } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Direction } from '../programme/programme-enums';
import { JointEventFollowUpKind, JointEventKind, JointEventParticipantKind } from './joint-event-enums';

/** The most invitations one joint event holds. */
export const MAX_INVITED = 100;

@ObjectType({ description: 'Someone invited to a joint event, and whether they came.' })
export class JointEventParticipant {
  @Field(() => JointEventParticipantKind, { description: 'An organization, a state body or a sponsor.' })
  kind: JointEventParticipantKind;

  @Field(() => ID, { description: 'The organization (registry), or the state body or sponsor (directory).' })
  id: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether they came; null until the attendance is recorded.' })
  attended: boolean | null;

  @Field(() => String, { nullable: true, description: "The directory entry's Kazakh name for a state body or sponsor; null for an organization (ask organization { name })." })
  name: string | null;
}

@ObjectType({ description: 'What came of a joint event: a need recorded in the needs register, or a request for help.' })
export class JointEventFollowUp {
  @Field(() => ID, { description: 'Stable id of the follow-up.' })
  id: string;

  @Field(() => JointEventFollowUpKind, { description: 'A need or a request for help.' })
  kind: JointEventFollowUpKind;

  @Field(() => ID, { description: 'The need (analytics needs register) or the request for help (assistanceRequest).' })
  targetId: string;

  @Field(() => String, { nullable: true, description: 'What was agreed about it.' })
  note: string | null;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;

  eventId: string;
}

@ObjectType({
  description:
    "A round table, forum or meeting a region's office convened between organizations, state bodies and sponsors: who was invited, who came, " +
    "what was agreed, and the needs and requests that followed. Kept by the region's staff and the republican office; analysts read.",
})
export class JointEvent {
  @Field(() => ID, { description: 'Stable id of the event.' })
  id: string;

  @Field(() => JointEventKind, { description: 'Round table, forum, meeting or other.' })
  kind: JointEventKind;

  @Field({ description: 'What it was called or about.' })
  title: string;

  @Field({ description: 'The day (YYYY-MM-DD) it was held or is planned.' })
  heldOn: string;

  @Field({ description: 'The region (KATO code) whose office convened it.' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'The district (KATO code) where it was held; null for the whole region.' })
  districtCode: string | null;

  @Field(() => String, { nullable: true, description: 'The venue, in words.' })
  place: string | null;

  @ListSize(12)
  @Field(() => [Direction], { description: 'The directions of volunteering it was about.' })
  directions: Direction[];

  @Field(() => String, { nullable: true, description: 'What was agreed.' })
  agreed: string | null;

  @Field(() => Int, { description: 'How many were invited.' })
  invitedCount: number;

  @Field(() => Int, { description: 'How many of them came.' })
  attendedCount: number;

  @Field({ description: 'Who recorded it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass it back when changing it (optimistic locking).' })
  version: number;
}

@ObjectType('JointEventConnection', { description: 'A page of joint events, the latest first.' })
export class JointEventConnection extends ConnectionType(JointEvent, 'JointEvent') {}
