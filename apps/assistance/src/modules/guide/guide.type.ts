import { ConnectionType, ListSize } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceSubtype } from '../request/assistance-enums';
import { Direction } from '../programme/programme-enums';
import { GuideLanguage } from './guide-enums';

@ObjectType({ description: "One version of a guide's file. Older versions stay readable after a new one is added." })
export class GuideVersion {
  @Field(() => ID, { description: 'Stable id of the version.' })
  id: string;

  @Field(() => Int, { description: 'Its number: 1 for the first file, one more for each new version.' })
  number: number;

  @Field(() => String, { nullable: true, description: 'What changed in this version; null when not said.' })
  note: string | null;

  @Field({ description: 'The file name as it was sent.' })
  fileName: string;

  @Field({ description: 'The checked MIME type, e.g. application/pdf.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field({ description: 'Who added it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  storageKey: string;
  guideId: string;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A guide or template of the library (consultative help): registering an NGO, a grant application, a report form… in Kazakh or Russian, ' +
    "versioned. Kept by the republican office (for every region) and by a region's office (its own region's); every reader sees all of them.",
})
export class Guide {
  @Field(() => ID, { description: 'Stable id of the guide.' })
  id: string;

  @Field({ description: "The title, in the guide's language." })
  title: string;

  @Field(() => String, { nullable: true, description: 'What it helps with and how to use it.' })
  description: string | null;

  @Field(() => GuideLanguage, { description: 'The language of its document.' })
  language: GuideLanguage;

  @ListSize(9)
  @Field(() => [AssistanceSubtype], { description: 'The assistance sub-types it helps with; requests of these sub-types suggest it.' })
  subtypes: AssistanceSubtype[];

  @ListSize(12)
  @Field(() => [Direction], { description: 'The directions of volunteering it is meant for; empty: any.' })
  directions: Direction[];

  @Field(() => String, { nullable: true, description: 'The region (KATO code) whose office keeps it; null for the republican office.' })
  ownerRegionCode: string | null;

  @Field(() => Int, { description: 'The number of its latest version (the one shown and downloaded by default).' })
  latestVersionNumber: number;

  @Field({ description: 'Who added it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'When it last changed (a new version or new tags).' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass it back when changing it (optimistic locking).' })
  version: number;
}

@ObjectType('GuideConnection', { description: 'A page of guides, by title.' })
export class GuideConnection extends ConnectionType(Guide, 'Guide') {}
