import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The registry's Region; assistance adds the summary of its front office's work. */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'An oblast or a city of republican significance; each has its regional front office.' })
export class Region {
  @Field(() => ID, { description: 'Official KATO code, e.g. 710000000 for Astana.' })
  code: string;
}
