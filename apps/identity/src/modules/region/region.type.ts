import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The registry's Region, referenced by its key only. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'An oblast or a city of republican significance; each has its regional front office.' })
export class Region {
  @Field(() => ID, { description: 'Official KATO code, e.g. 710000000 for Astana.' })
  code: string;
}
