import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { TrainingAudience, TrainingStatus } from './training-enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A training, seminar or capacity-building course a front office holds for organizations of the region.' })
export class Training {
  @Field(() => ID, { description: 'Stable id of the training.' })
  id: string;

  @Field({ description: 'What it is about, e.g. "Writing a grant application".' })
  topic: string;

  @Field(() => String, { nullable: true, description: 'Programme, speakers, what to bring.' })
  description: string | null;

  @Field(() => TrainingAudience, { description: 'Who it is for.' })
  audience: TrainingAudience;

  @Field({ description: 'When it begins.' })
  startsAt: Date;

  @Field({ description: 'When it ends (after startsAt).' })
  endsAt: Date;

  @Field({ description: 'Where it takes place: an address, a room, or a link for an online course.' })
  venue: string;

  @Field(() => Int, { description: 'Seats: how many participants it takes in all registrations together.' })
  capacity: number;

  @Field(() => Region, { nullable: true, description: 'The front office that holds it. Null only when the registry cannot be reached.' })
  region: Region;

  @Field(() => TrainingStatus, { description: 'SCHEDULED, or CANCELLED with cancelledAt and cancellationReason.' })
  status: TrainingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;

  @Field({ description: 'Who scheduled it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was scheduled.' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who changed it last (a user id); null until the first change.' })
  updatedBy: string | null;

  @Field({ description: 'When it was changed last.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; pass it back when updating or cancelling.' })
  version: number;

  regionCode: string;
}
