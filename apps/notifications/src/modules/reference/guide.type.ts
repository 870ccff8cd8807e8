import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The assistance subgraph's Guide, referenced by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  description:
    'A guide or template of the library (consultative help): registering an NGO, a grant application, a report form… in Kazakh or Russian, ' +
    "versioned. Kept by the republican office (for every region) and by a region's office (its own region's); every reader sees all of them.",
})
export class Guide {
  @Field(() => ID, { description: 'Stable id of the guide.' })
  id: string;
}
