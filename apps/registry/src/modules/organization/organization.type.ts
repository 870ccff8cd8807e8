import { AccessRestriction, ListSize } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ContactPerson } from './contact-person.type';
import { Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from './organization-enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A volunteer organization, initiative group or independent volunteer known to a front office.' })
export class Organization {
  @Field(() => ID, { description: "The record's id; a merged record's id keeps resolving to the record it was merged into." })
  id: string;

  @Field({ description: 'The display name, as the organization uses it.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The name in Kazakh.' })
  nameKk: string | null;

  @Field(() => String, { nullable: true, description: 'The name in Russian.' })
  nameRu: string | null;

  @Field(() => String, { nullable: true, description: 'The name in Latin letters (Kazakh Latin or English), where given.' })
  nameLatin: string | null;

  @Field(() => OrganizationKind, { description: 'NGO, initiative group or independent volunteer.' })
  kind: OrganizationKind;

  @Field(() => LegalForm, { nullable: true, description: 'Legal form; NGOs only.' })
  legalForm: LegalForm | null;

  @Field(() => String, { nullable: true, description: 'Business identification number (12 digits, check digit verified); NGOs only.' })
  bin: string | null;

  @Field(() => String, { nullable: true, description: 'Registration ID on the Qazvolunteer.kz platform.' })
  qazvolunteerId: string | null;

  @ListSize(Object.keys(Direction).length)
  @Field(() => [Direction], { description: 'The directions of volunteering it works in (at least one).' })
  directions: Direction[];

  @ListSize(Object.keys(VolunteerCategory).length)
  @Field(() => [VolunteerCategory], { description: 'Categories of volunteers the organization involves.' })
  categories: VolunteerCategory[];

  @ListSize(Object.keys(VolunteeringMode).length)
  @Field(() => [VolunteeringMode], { description: 'How its volunteers work: auto, online, offline.' })
  modes: VolunteeringMode[];

  @Field(() => String, { nullable: true, description: 'What the organization does, in its own words.' })
  description: string | null;

  @ListSize(20)
  @Field(() => [ContactPerson], {
    description:
      'People to reach. Personal data: the names, phones, e-mails and links inside are null for roles that must not see them (ContactPerson.personalDataHidden says why).',
  })
  contactPeople: ContactPerson[];

  @Field(() => Int, { nullable: true, description: 'Approximate number of volunteers.' })
  volunteerCount: number | null;

  @Field(() => String, { nullable: true, description: 'Founding date, YYYY-MM-DD.' })
  foundedOn: string | null;

  @Field(() => OrganizationStatus, { description: 'Active, dormant or closed.' })
  status: OrganizationStatus;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'Who created the record (staff user id).' })
  createdBy: string;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who last changed the record (staff user id); null until the first edit.' })
  updatedBy: string | null;

  @Field(() => Int, { description: 'Increases on every change; pass it back when editing.' })
  version: number;

  @Field(() => AccessRestriction, {
    nullable: true,
    description: "Why contacts (the contact log) is null for you: OTHER_REGION for another region's staff; null when it is shown.",
  })
  contactsHidden?: AccessRestriction | null;

  regionCode: string;
  districtCode: string | null;
  /** The stored verification status; the API shows it through VerificationService.view (with EXPIRED). */
  storedVerificationStatus: string;
  verifiedAt: Date | null;
}
