import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The assistance subgraph's Guide, referenced by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A guide or template of the assistance library (registering an NGO, a grant application, a report form…).' })
export class Guide {
  @Field(() => ID, { description: 'Stable id of the guide.' })
  id: string;
}
