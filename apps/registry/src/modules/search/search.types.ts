import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many organizations of the filtered list have one value of a dimension.' })
export class FacetCount {
  @Field({ description: 'The value: an enum value, or a KATO code for regions and districts.' })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts per value of every dimension, for the organizations matching a filter.' })
export class OrganizationFacets {
  @Field(() => Int, { description: 'Organizations matching the filter.' })
  total: number;

  @Field(() => [FacetCount])
  regions: FacetCount[];

  @Field(() => [FacetCount])
  districts: FacetCount[];

  @Field(() => [FacetCount])
  kinds: FacetCount[];

  @Field(() => [FacetCount])
  directions: FacetCount[];

  @Field(() => [FacetCount])
  categories: FacetCount[];

  @Field(() => [FacetCount])
  modes: FacetCount[];

  @Field(() => [FacetCount])
  statuses: FacetCount[];

  @Field(() => [FacetCount], { description: 'By verification status, EXPIRED apart.' })
  verificationStatuses: FacetCount[];

  @Field(() => [FacetCount], { description: 'RECENT, STALE or NEVER contacted (see ContactRecency).' })
  contact: FacetCount[];
}
