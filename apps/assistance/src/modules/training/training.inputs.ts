import { OptionalTextField } from '@birge/server-kit';
import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TrainingAttendance, TrainingAudience } from './training-enums';

@InputType({ description: 'Schedules a training of a front office.' })
export class ScheduleTrainingInput {
  @Field(() => ID, { description: 'The region (KATO code) of the front office holding it.' })
  regionCode: string;

  @Field({ description: 'What it is about (3 to 300 characters).' })
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  topic: string;

  @OptionalTextField(4000, 'Programme and details (at most 4000 characters).')
  description?: string | null;

  @Field(() => TrainingAudience, { description: 'Who it is for.' })
  audience: TrainingAudience;

  @Field({ description: 'When it begins; not in the past.' })
  startsAt: Date;

  @Field({ description: 'When it ends; after startsAt, at most 14 days later.' })
  endsAt: Date;

  @Field({ description: 'Where it takes place (2 to 500 characters).' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(500, { message: 'must be at most 500 characters' })
  venue: string;

  @Field(() => Int, { description: 'Seats, 1 to 10000.' })
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10000, { message: 'must be at most 10000' })
  capacity: number;
}

@InputType({ description: 'Changes a scheduled training that has not begun; only the fields given change.' })
export class UpdateTrainingInput {
  @Field(() => ID, { description: 'The training.' })
  @IsUUID('all', { message: 'is not a training id (a UUID)' })
  id: string;

  @Field(() => Int, { description: 'The version you last read; a newer one is CONFLICT (STALE_VERSION).' })
  version: number;

  @Field(() => String, { nullable: true, description: 'New topic (3 to 300 characters).' })
  @IsOptional()
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  topic?: string | null;

  @OptionalTextField(4000, 'New description; an empty string clears it.')
  description?: string | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'New audience.' })
  @IsOptional()
  audience?: TrainingAudience | null;

  @Field(() => Date, { nullable: true, description: 'New start; not in the past. Moving it sends the reminder again before the new start.' })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'New end; after the start.' })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'New venue (2 to 500 characters).' })
  @IsOptional()
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(500, { message: 'must be at most 500 characters' })
  venue?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New seats. More seats promote the waiting list in order; fewer than the seats already taken is CONFLICT (CAPACITY_BELOW_REGISTERED).',
  })
  @IsOptional()
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10000, { message: 'must be at most 10000' })
  capacity?: number | null;
}

@InputType({ description: 'Registers an organization for a training.' })
export class RegisterForTrainingInput {
  @Field(() => ID, { description: 'The training.' })
  @IsUUID('all', { message: 'is not a training id (a UUID)' })
  trainingId: string;

  @Field(() => ID, { description: 'The organization; it must be known to a front office.' })
  @IsUUID('all', { message: 'is not an organization id (a UUID)' })
  organizationId: string;

  @Field(() => Int, { nullable: true, description: 'How many of its people come (1 to 100); 1 when omitted.' })
  @IsOptional()
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  participants?: number | null;
}

@InputType({ description: 'Records whether a registered organization came to a training that has begun.' })
export class MarkTrainingAttendanceInput {
  @Field(() => ID, { description: 'The registration (REGISTERED).' })
  @IsUUID('all', { message: 'is not a registration id (a UUID)' })
  registrationId: string;

  @Field(() => Int, { description: 'The version of the registration you last read.' })
  version: number;

  @Field(() => TrainingAttendance, { description: 'ATTENDED or NO_SHOW.' })
  attendance: TrainingAttendance;

  @Field(() => Int, { nullable: true, description: 'With ATTENDED: how many came (0 to its participants); omitted when not counted.' })
  @IsOptional()
  @IsInt({ message: 'must be an integer' })
  @Min(0, { message: 'must be at least 0' })
  attendedParticipants?: number | null;
}

@InputType({ description: 'Narrows a list of trainings; every field given must match.' })
export class TrainingFilter {
  @Field(() => ID, { nullable: true, description: 'Only trainings of this region.' })
  regionCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only trainings ending after this time (e.g. now, for the coming ones).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only trainings starting before this time.' })
  to?: Date | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Only trainings for this audience.' })
  audience?: TrainingAudience | null;

  @Field(() => Boolean, { nullable: true, description: 'True: cancelled ones too. Omitted or false: scheduled ones only.' })
  includeCancelled?: boolean | null;
}
