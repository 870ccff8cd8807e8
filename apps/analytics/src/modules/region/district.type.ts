import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The registry's District, known here only by its key: analytics returns references to it and
 * reads its code from the Region representations the gateway sends, but never resolves one.
 */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'A district, city of regional significance or city district inside a region.' })
export class District {
  @Field(() => ID, { description: 'Official KATO code.' })
  code: string;
}
