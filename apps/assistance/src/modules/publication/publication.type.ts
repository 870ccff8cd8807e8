import { ConnectionType, ListSize } from '@birge/server-kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Direction } from '../programme/programme-enums';
import { PublicationSource } from './publication-enums';

@ObjectType({
  description:
    "A piece of the region's media coverage: where it appeared, when, the link, how many it reached and which directions it was about. " +
    'Entered by the office, or made when a request is resolved with a publication.',
})
export class Publication {
  @Field(() => ID, { description: 'Stable id of the publication.' })
  id: string;

  @Field({ description: 'The outlet: a newspaper, site, channel or account (for one made from a request, the site of its link until changed).' })
  outlet: string;

  @Field(() => String, { nullable: true, description: 'The headline or subject.' })
  title: string | null;

  @Field({ description: 'The day (YYYY-MM-DD) it appeared.' })
  publishedOn: string;

  @Field(() => String, { nullable: true, description: 'Where to read or watch it (https://...).' })
  link: string | null;

  @Field(() => Int, { nullable: true, description: 'How many it reached (readers, views, audience), as the outlet reports; null when unknown.' })
  reach: number | null;

  @ListSize(12)
  @Field(() => [Direction], { description: 'The directions of volunteering it was about.' })
  directions: Direction[];

  @Field({ description: 'The region (KATO code) whose coverage it is.' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'The district (KATO code) it was about; null for the whole region.' })
  districtCode: string | null;

  @Field(() => PublicationSource, { description: "Entered on its own, or made from a request's outcome." })
  source: PublicationSource;

  @Field(() => ID, { nullable: true, description: 'The request for help whose outcome it is (assistanceRequest); null when entered on its own.' })
  requestId: string | null;

  @Field({ description: 'Who recorded it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Pass it back when changing it (optimistic locking).' })
  version: number;

  organizationId: string | null;
}

@ObjectType('PublicationConnection', { description: 'A page of publications, the latest first.' })
export class PublicationConnection extends ConnectionType(Publication, 'Publication') {
  @Field(() => Float, { description: 'The reach of all matching publications added up (those with a known reach).' })
  totalReach: number;
}
