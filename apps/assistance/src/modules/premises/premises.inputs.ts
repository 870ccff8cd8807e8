import { OptionalTextField } from '@birge/server-kit';
import { IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BookableResourceKind, BookingStatus } from './premises-enums';

@InputType({ description: "Adds a room or a piece of equipment to a front office's catalog." })
export class AddBookableResourceInput {
  @Field(() => ID, { description: 'The region (KATO code) of the front office.' })
  regionCode: string;

  @Field(() => BookableResourceKind, { description: 'A room or a piece of equipment.' })
  kind: BookableResourceKind;

  @Field({ description: 'Its name, unique within the region (2 to 200 characters).' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @OptionalTextField(2000, 'Details (at most 2000 characters).')
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'For a room: seats.' })
  @IsOptional()
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be at least 1' })
  capacity?: number | null;
}

@InputType({ description: 'Books a resource for an organization over [startsAt, endsAt).' })
export class BookResourceInput {
  @Field(() => ID, { description: 'The room or equipment.' })
  @IsUUID('all', { message: 'is not a resource id (a UUID)' })
  resourceId: string;

  @Field(() => ID, { description: 'The organization it is for; must be known to the front office.' })
  @IsUUID('all', { message: 'is not an organization id (a UUID)' })
  organizationId: string;

  @Field({ description: 'Start (inclusive); not in the past.' })
  startsAt: Date;

  @Field({ description: 'End (exclusive); after the start, at most 14 days later.' })
  endsAt: Date;

  @OptionalTextField(500, 'What for (at most 500 characters).')
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'The assistance request this booking answers, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not an assistance request id (a UUID)' })
  assistanceRequestId?: string | null;
}

@InputType({ description: 'Narrows a list of bookings; every field given must match.' })
export class BookingFilter {
  @Field(() => ID, { nullable: true, description: 'Only bookings of this region.' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only bookings of this resource.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a resource id (a UUID)' })
  resourceId?: string | null;

  @Field(() => BookingStatus, { nullable: true, description: 'Only bookings in this status.' })
  status?: BookingStatus | null;

  @Field(() => Date, { nullable: true, description: 'Only bookings ending after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only bookings starting before this time.' })
  to?: Date | null;
}
