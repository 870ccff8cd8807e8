import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The registry's Organization, referenced by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A volunteer organization, initiative group or independent volunteer known to a front office.' })
export class Organization {
  @Field(() => ID)
  id: string;
}
