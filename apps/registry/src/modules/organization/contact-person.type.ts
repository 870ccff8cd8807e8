import { Field, ObjectType } from 'type-graphql';
import { PersonalData } from '../privacy/personal-data';

@ObjectType({ description: 'A person to reach at the organization (the leader of a group, the volunteer themself). Personal data.' })
export class ContactPerson {
  @PersonalData()
  @Field({ description: 'Personal data. Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Role in the organization, e.g. chair, coordinator, leader.' })
  role: string | null;

  @PersonalData()
  @Field(() => [String], { description: 'Personal data. Phone numbers in international form (+7...).' })
  phones: string[];

  @PersonalData()
  @Field(() => [String], { description: 'Personal data. E-mail addresses.' })
  emails: string[];

  @PersonalData()
  @Field(() => [String], { description: 'Personal data. Links to social network pages and messengers (https://...).' })
  socialLinks: string[];
}
