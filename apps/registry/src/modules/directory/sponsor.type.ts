import { ConnectionType, ListSize } from '@birge/server-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Direction } from '../organization/organization-enums';
import { SponsorKind } from './directory-enums';
import { DirectoryEntry } from './directory-entry.type';

@ObjectType({ description: 'The fields of its own, before the parts of every directory entry.' })
class SponsorFields {
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

  /** The region whose office keeps it; null for a sponsor of the whole country (kept by the republican office). */
  regionCode: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A sponsor or partner in the directory: a business, a foundation, a partner of the National Volunteer Network (who writes recommendation ' +
    'letters), an international organization. Grant programmes name it as their funder.',
})
export class Sponsor extends DirectoryEntry(SponsorFields, {
  phone: 'The phone (+7...).',
  email: 'The e-mail address.',
  archivedAt: 'When it was archived; null while active.',
}) {}

@ObjectType('SponsorConnection', { description: 'A page of sponsors and partners, by name.' })
export class SponsorConnection extends ConnectionType(Sponsor, 'Sponsor') {}
