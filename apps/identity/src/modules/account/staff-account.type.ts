import { Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { StaffLanguage } from './staff-language.enum';
import { StaffRole } from './staff-role.enum';

@ObjectType({ description: 'A person of a front office who signs in to Birge.' })
export class StaffAccount {
  @Field(() => ID, { description: 'The account’s id; audit entries name the caller by it.' })
  id: string;

  @Field({ description: 'The sign-in address, as it was entered; unique regardless of case.' })
  email: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  role: StaffRole;

  @Field(() => Region, { nullable: true, description: 'The region of a regional staff member; null for national roles.' })
  region: Region | null;

  @Field(() => StaffLanguage, { description: 'The language Birge writes to the person in (notifications by email).' })
  language: StaffLanguage;

  @Field({ description: 'False once deactivated: the account can no longer sign in.' })
  active: boolean;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'The last successful sign-in.' })
  lastLoginAt: Date | null;
}
