import { OptionalTextField } from '@birge/server-kit';
import { IsOptional, ArrayMaxSize, ArrayUnique, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LegalForm, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '../organization-enums';
import { ContactPersonInput } from './contact-person.input';

/**
 * The profile fields shared by create and update. On update an omitted field stays as it is and
 * null clears it.
 */
@InputType({ description: 'The profile fields shared by createOrganization and updateOrganization.' })
export class OrganizationProfileInput {
  @OptionalTextField(200, 'The name in Kazakh.')
  nameKk?: string | null;

  @OptionalTextField(200, 'The name in Russian.')
  nameRu?: string | null;

  @OptionalTextField(200, 'The name in Latin letters (Kazakh Latin or English).')
  nameLatin?: string | null;

  @Field(() => LegalForm, { nullable: true, description: 'Legal form; NGOs only (LEGAL_FORM_ONLY_FOR_NGO otherwise).' })
  @IsOptional()
  legalForm?: LegalForm | null;

  @Field(() => String, {
    nullable: true,
    description: 'Business identification number: 12 digits with a valid check digit (INVALID_BIN); NGOs only (BIN_ONLY_FOR_NGO); unique (CONFLICT, DUPLICATE_BIN).',
  })
  @IsOptional()
  bin?: string | null;

  @Field(() => String, { nullable: true, description: 'Registration ID on Qazvolunteer.kz (letters, digits, dashes; unique: DUPLICATE_QAZVOLUNTEER_ID).' })
  @IsOptional()
  qazvolunteerId?: string | null;

  @Field(() => [VolunteerCategory], { nullable: true, description: 'Categories of volunteers involved.' })
  @IsOptional()
  @ArrayUnique({ message: 'must list each category at most once' })
  categories?: VolunteerCategory[] | null;

  @Field(() => [VolunteeringMode], { nullable: true, description: 'How its volunteers work.' })
  @IsOptional()
  @ArrayUnique({ message: 'must list each mode at most once' })
  modes?: VolunteeringMode[] | null;

  @OptionalTextField(5000, 'What the organization does (up to 5000 characters).')
  description?: string | null;

  @Field(() => [ContactPersonInput], { nullable: true, description: 'People to reach (up to 20). Personal data.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'at most 20 contact people' })
  @ValidateNested({ each: true })
  contactPeople?: ContactPersonInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Approximate number of volunteers (0 to 1,000,000).' })
  @IsOptional()
  volunteerCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Founding date, YYYY-MM-DD, not in the future.' })
  @IsOptional()
  foundedOn?: string | null;

  @Field(() => OrganizationStatus, { nullable: true, description: 'ACTIVE when omitted on create.' })
  @IsOptional()
  status?: OrganizationStatus | null;
}
