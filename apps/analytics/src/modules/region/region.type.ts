import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { District } from './district.type';

/**
 * The registry's Region, extended here with its coverage. `districts` is external: the gateway
 * fetches it from the registry and sends it along in the representation (see @requires on coverage).
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'An oblast or a city of republican significance; each has its regional front office.' })
export class Region {
  @Field(() => ID, { description: 'Official KATO code, e.g. 710000000 for Astana.' })
  code: string;

  @Directive('@external')
  @Field(() => [District], { description: 'Districts, cities of regional significance and city districts.' })
  districts?: District[];
}

/** What the gateway sends to resolve a Region here: its key, plus the fields coverage requires. */
export interface RegionRepresentation {
  code: string;
  districts?: { code: string }[] | null;
}
