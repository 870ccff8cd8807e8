import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { StaffLanguage } from '../staff-language.enum';
import { StaffRole } from '../staff-role.enum';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

@InputType({ description: 'A new staff account. The administrator gives the person the initial password.' })
export class CreateStaffAccountInput {
  @Field({ description: 'The sign-in address; unique regardless of case.' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;

  @Field({ description: 'Full name (2 to 200 characters).' })
  @IsNotEmpty({ message: 'is required' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  role: StaffRole;

  @Field(() => ID, { nullable: true, description: 'KATO code of the region: required for REGIONAL_STAFF, not allowed for other roles.' })
  regionCode?: string | null;

  @Field(() => StaffLanguage, { nullable: true, description: 'The language Birge writes to the person in; Kazakh when omitted.' })
  language?: StaffLanguage | null;

  @Field({ description: `The initial password, ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}
