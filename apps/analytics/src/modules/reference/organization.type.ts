import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The registry's Organization, referenced by its key only (evidence of a need). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A volunteer organization, initiative group or independent volunteer known to a front office.' })
export class Organization {
  @Field(() => ID, { description: "The record's id; a merged record's id keeps resolving to the record it was merged into." })
  id: string;
}
