import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The assistance subgraph's AssistanceRequest, referenced by its key only (evidence of a need). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A request of an organization for help from its regional front office.' })
export class AssistanceRequest {
  @Field(() => ID, { description: 'Stable id of the request.' })
  id: string;
}
