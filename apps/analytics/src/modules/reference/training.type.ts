import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The assistance subgraph's Training, referenced by its key only (evidence of a need). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A training, seminar or capacity-building course a front office holds for organizations of the region.' })
export class Training {
  @Field(() => ID, { description: 'Stable id of the training.' })
  id: string;
}
