import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The registry's Organization; assistance adds its requests to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A volunteer organization, initiative group or independent volunteer known to a front office.' })
export class Organization {
  @Field(() => ID)
  id: string;
}
