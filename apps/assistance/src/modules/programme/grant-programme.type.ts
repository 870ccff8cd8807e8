import { ConnectionType, ListSize, TrilingualText } from '@birge/server-kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Direction, FunderKind, OrganizationKind } from './programme-enums';

@ObjectType({ description: 'A title in Kazakh, Russian and English.' })
export class ProgrammeTitle extends TrilingualText {}

@ObjectType({ description: 'A document of a programme (rules, application form, ...): public, like the programme.' })
export class GrantProgrammeDocument {
  @Field(() => ID, { description: 'Stable id of the document.' })
  id: string;

  @Field({ description: 'The file name as it was sent.' })
  fileName: string;

  @Field({ description: 'The checked MIME type, e.g. application/pdf.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  storageKey: string;
  programmeId: string;
}

@ObjectType({
  description:
    'A grant or support programme of the catalog (informational help): who funds it, for whom, where, how much, and when to apply. ' +
    "Kept by the republican office (programmes of the whole country or of any region) and by a region's office (its own region's).",
})
export class GrantProgramme {
  @Field(() => ID, { description: 'Stable id of the programme.' })
  id: string;

  @Field(() => ProgrammeTitle, { description: 'The title in kk, ru and en.' })
  title: ProgrammeTitle;

  @Field(() => String, { nullable: true, description: 'What it supports and how to apply (in any language).' })
  description: string | null;

  @Field(() => FunderKind, { description: 'Whether the funder is a sponsor or a state body of the directory, or named in text.' })
  funderKind: FunderKind;

  @Field({ description: "The funder's name: the directory entry's Kazakh name when linked, else as written." })
  funderName: string;

  @ListSize(12)
  @Field(() => [Direction], { description: 'The directions it supports; empty: any.' })
  directions: Direction[];

  @ListSize(3)
  @Field(() => [OrganizationKind], { description: 'The kinds of actor that may apply; empty: any.' })
  actorKinds: OrganizationKind[];

  @ListSize(20)
  @Field(() => [String], { description: 'The regions (KATO codes) it is open to; empty: the whole country.' })
  regionCodes: string[];

  @Field(() => Float, { nullable: true, description: 'The smallest grant, in tenge.' })
  amountMin: number | null;

  @Field(() => Float, { nullable: true, description: 'The largest grant, in tenge.' })
  amountMax: number | null;

  @Field({ description: 'The first day (YYYY-MM-DD) to apply.' })
  opensOn: string;

  @Field({ description: 'The last day (YYYY-MM-DD) to apply.' })
  closesOn: string;

  @Field(() => String, { nullable: true, description: 'Where to read more or apply (https://...).' })
  link: string | null;

  @Field(() => String, { nullable: true, description: 'The region (KATO code) whose office keeps it; null for the republican office.' })
  ownerRegionCode: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last announced to its audience; null before.' })
  announcedAt: Date | null;

  @Field({ description: 'Who added it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass it back when changing it (optimistic locking).' })
  version: number;

  funderId: string | null;
}

@ObjectType('GrantProgrammeConnection', { description: 'A page of programmes, the one closing first first.' })
export class GrantProgrammeConnection extends ConnectionType(GrantProgramme, 'GrantProgramme') {}
