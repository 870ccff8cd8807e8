import { OptionalTextField } from '@birge/server-kit';
import { IsOptional, ArrayMaxSize, IsBoolean, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A person to reach at the organization. Personal data.' })
export class ContactPersonInput {
  @Field({ description: 'Personal data. Full name (1 to 200 characters).' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @OptionalTextField(100, 'Role in the organization, e.g. chair, coordinator, leader.')
  role?: string | null;

  @Field(() => [String], { nullable: true, description: 'Personal data. Phone numbers; 8 7xx ..., +7 7xx ... and international forms are accepted.' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'at most 5 phone numbers' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Personal data. E-mail addresses.' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'at most 5 e-mail addresses' })
  emails?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Personal data. Links to social network pages and messengers (https://...).' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'at most 10 links' })
  socialLinks?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the person agreed to receive the front office's announcements (grants, programmes, events) at these e-mails. " +
      'Requires at least one e-mail (BAD_USER_INPUT CONSENT_WITHOUT_EMAIL). False when omitted; the time of a consent already given is kept.',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  emailConsent?: boolean | null;
}
