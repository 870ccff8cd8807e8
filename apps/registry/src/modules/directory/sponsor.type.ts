import { AccessRestriction, ConnectionType, ListSize, PersonalData } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Direction } from '../organization/organization-enums';
import { ContactPoint } from './contact-point.type';
import { SponsorKind } from './directory-enums';
import { MAX_CONTACT_POINTS } from './directory-rules';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A sponsor or partner in the directory: a business, a foundation, a partner of the National Volunteer Network (who writes recommendation ' +
    'letters), an international organization. Grant programmes name it as their funder.',
})
export class Sponsor {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => SponsorKind, { description: 'Business, foundation, National Volunteer Network partner, international or other.' })
  kind: SponsorKind;

  @Field({ description: 'The name, as the sponsor uses it.' })
  name: string;

  @ListSize(12)
  @Field(() => [Direction], { description: 'The directions of volunteering it supports; empty: any.' })
  directions: Direction[];

  @Field({ description: 'Whether it writes recommendation letters for organizations it knows (evidence for verification).' })
  writesRecommendationLetters: boolean;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'The phone (+7...).' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'The e-mail address.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The website (https://...).' })
  website: string | null;

  @ListSize(MAX_CONTACT_POINTS)
  @Field(() => [ContactPoint], { description: 'People and desks to reach, in the order given.' })
  contactPoints: ContactPoint[];

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text). Working notes of the office. Null when withheld (see personalDataHidden).' })
  notes: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived; null while active.' })
  archivedAt: Date | null;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass it back when changing the entry (optimistic locking).' })
  version: number;

  @Field(() => AccessRestriction, { nullable: true, description: 'Why notes is null for you; null when it is shown.' })
  personalDataHidden?: AccessRestriction | null;

  /** The region whose office keeps it; null for a sponsor of the whole country (kept by the republican office). */
  regionCode: string | null;
}

@ObjectType('SponsorConnection', { description: 'A page of sponsors and partners, by name.' })
export class SponsorConnection extends ConnectionType(Sponsor, 'Sponsor') {}
