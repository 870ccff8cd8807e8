import { OptionalTextField } from '@birge/server-kit';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContactRecency, OrganizationOrder } from '../../search/search-enums';
import { VerificationStatus } from '../../verification/verification-enums';
import { Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '../organization-enums';

export { ContactRecency, OrganizationOrder };

@InputType({ description: 'Narrows a list of organizations; every given field must match.' })
export class OrganizationFilter {
  @Field(() => ID, { nullable: true, description: 'Organizations of this region (KATO code).' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organizations of this district (KATO code).' })
  districtCode?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Organizations of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => Direction, { nullable: true, description: 'Organizations working in this direction.' })
  direction?: Direction | null;

  @OptionalTextField(200, 'Part of the name, any case.')
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Fuzzy search across the Kazakh, Russian and Latin names: case, accents and script do not matter ("kamkor" and ' +
      '"камкор" find "Қамқор"), small misspellings are tolerated.',
  })
  @IsOptional()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string | null;

  @Field(() => VolunteerCategory, { nullable: true, description: 'Organizations involving this category of volunteers.' })
  category?: VolunteerCategory | null;

  @Field(() => VolunteeringMode, { nullable: true, description: 'Organizations working in this mode.' })
  mode?: VolunteeringMode | null;

  @Field(() => OrganizationStatus, { nullable: true, description: 'Organizations with this status.' })
  status?: OrganizationStatus | null;

  @Field(() => LegalForm, { nullable: true, description: 'NGOs of this legal form.' })
  legalForm?: LegalForm | null;

  @Field(() => VerificationStatus, { nullable: true, description: 'By verification status (EXPIRED: verified longer ago than the re-verification period).' })
  verificationStatus?: VerificationStatus | null;

  @Field(() => ContactRecency, {
    nullable: true,
    description:
      'Whether the front office is in touch with the organization (the contact log). Regional staff: their own region only; with ' +
      'regionCode of another region FORBIDDEN (OTHER_REGION).',
  })
  contact?: ContactRecency | null;
}
