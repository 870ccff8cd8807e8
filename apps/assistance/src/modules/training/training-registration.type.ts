import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { TrainingAttendance, TrainingRegistrationStatus } from './training-enums';

@ObjectType({
  description: "An organization's place in a training: a number of participants, without their names (the front office needs no personal data to plan it).",
})
export class TrainingRegistration {
  @Field(() => ID, { description: 'Stable id of the registration.' })
  id: string;

  @Field(() => ID, { description: 'The training it is for; see also `training`.' })
  trainingId: string;

  @Field(() => Organization, { nullable: true, description: 'The organization registered. Null only when the registry cannot be reached.' })
  organization: Organization;

  @Field(() => Int, { description: 'How many of its people come; they take as many seats.' })
  participants: number;

  @Field(() => TrainingRegistrationStatus, { description: 'REGISTERED (holds seats), WAITLISTED or CANCELLED.' })
  status: TrainingRegistrationStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'For WAITLISTED: its place in the waiting list (1 is promoted first when seats free up). Null otherwise.',
  })
  waitlistPosition: number | null;

  @Field(() => TrainingAttendance, { nullable: true, description: 'Marked once the training has begun; null until then.' })
  attendance: TrainingAttendance | null;

  @Field(() => Int, { nullable: true, description: 'With ATTENDED: how many of its participants came, when counted.' })
  attendedParticipants: number | null;

  @Field({ description: 'When the organization asked for its place (the order of the waiting list).' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it moved from the waiting list to REGISTERED.' })
  promotedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the reminder before the start was sent.' })
  remindedAt: Date | null;

  @Field({ description: 'Who registered it (a user id).' })
  createdBy: string;

  @Field(() => Int, { description: 'Increases on every change; pass it back when cancelling or marking attendance.' })
  version: number;

  regionCode: string;
  queueSeq: string;
}
