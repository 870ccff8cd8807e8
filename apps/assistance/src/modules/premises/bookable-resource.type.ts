import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { BookableResourceKind } from './premises-enums';

@ObjectType({ description: 'A room or a piece of equipment a front office lends to organizations.' })
export class BookableResource {
  @Field(() => ID, { description: 'Stable id of the resource.' })
  id: string;

  @Field(() => Region, { nullable: true, description: 'The front office it belongs to. Null only when the registry cannot be reached.' })
  region: Region;

  @Field(() => BookableResourceKind, { description: 'A room or a piece of equipment.' })
  kind: BookableResourceKind;

  @Field({ description: 'Its name, unique within the region, e.g. "Meeting room 2" or "Projector".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Details: floor, equipment, conditions.' })
  description: string | null;

  @Field(() => Int, { nullable: true, description: 'For a room: how many people it seats.' })
  capacity: number | null;

  @Field({ description: 'False once it can no longer be booked.' })
  active: boolean;

  regionCode: string;
}
