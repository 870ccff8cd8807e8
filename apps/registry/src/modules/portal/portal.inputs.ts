import { Field, ID, InputType, Int } from 'type-graphql';
import { PortalLanguage } from './portal-enums';

@InputType({ description: "A portal link for one of an organization's contacts who agreed to be e-mailed." })
export class IssueOrganizationPortalLinkInput {
  @Field(() => ID, { description: 'The organization the link acts for.' })
  organizationId: string;

  @Field({ description: 'One of the e-mail addresses of a contact person of the organization who gave consent (emailConsent); the link goes to it.' })
  contactEmail: string;

  @Field(() => PortalLanguage, { nullable: true, description: 'The language of the e-mail; Kazakh when not given.' })
  language?: PortalLanguage | null;

  @Field(() => Int, { nullable: true, description: 'Days the link stays valid, 1 to 90; 30 when not given.' })
  validDays?: number | null;
}

@InputType({ description: "A change of the organization's public profile, proposed through the portal for staff review. Give at least one field." })
export class ProposeProfileChangeInput {
  @Field(() => String, { nullable: true, description: 'The new public description (10 to 4000 characters).' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'The number of volunteers now (0 to 1,000,000).' })
  volunteerCount?: number | null;

  @Field(() => String, { nullable: true, description: 'A note for staff (at most 1000 characters).' })
  note?: string | null;
}

@InputType({ description: "Staff's decision on a proposed profile change." })
export class DecideProfileChangeInput {
  @Field(() => ID, { description: 'The proposal.' })
  id: string;

  @Field({ description: 'True: the profile takes the proposed values; false: it stays as it is.' })
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Why (required when declining, at most 1000 characters).' })
  note?: string | null;
}
