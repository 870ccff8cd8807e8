import {
  Direction,
  MAX_DISTRICTS_PER_REGION,
  OrganizationKind,
  OrganizationStatus,
  REGION_CODES,
  VerificationStatus,
  VolunteerCategory,
  VolunteeringMode,
} from '@birge/shared-reference';
import { ASSUMED_ATTACHED_ITEMS, ListSize } from '@birge/server-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many organizations of the filtered list have one value of a dimension.' })
export class FacetCount {
  @Field({ description: 'The value: an enum value, or a KATO code for regions and districts.' })
  value: string;

  @Field(() => Int, { description: 'How many organizations have it.' })
  count: number;
}

@ObjectType({ description: 'Counts per value of every dimension, for the organizations matching a filter.' })
export class OrganizationFacets {
  @Field(() => Int, { description: 'Organizations matching the filter.' })
  total: number;

  @ListSize(REGION_CODES.length)
  @Field(() => [FacetCount], { description: 'By region (KATO code).' })
  regions: FacetCount[];

  @ListSize(REGION_CODES.length * MAX_DISTRICTS_PER_REGION)
  @Field(() => [FacetCount], { description: 'By district (KATO code); records without a district are not counted here.' })
  districts: FacetCount[];

  @ListSize(Object.keys(OrganizationKind).length)
  @Field(() => [FacetCount], { description: 'By kind (OrganizationKind).' })
  kinds: FacetCount[];

  @ListSize(Object.keys(Direction).length)
  @Field(() => [FacetCount], { description: 'By direction of volunteering; a record with several directions counts in each.' })
  directions: FacetCount[];

  @ListSize(Object.keys(VolunteerCategory).length)
  @Field(() => [FacetCount], { description: 'By category of volunteers; a record counts in each of its categories.' })
  categories: FacetCount[];

  @ListSize(Object.keys(VolunteeringMode).length)
  @Field(() => [FacetCount], { description: 'By volunteering mode; a record counts in each of its modes.' })
  modes: FacetCount[];

  @ListSize(Object.keys(OrganizationStatus).length)
  @Field(() => [FacetCount], { description: 'By status (OrganizationStatus).' })
  statuses: FacetCount[];

  @ListSize(Object.keys(VerificationStatus).length)
  @Field(() => [FacetCount], { description: 'By verification status, EXPIRED apart.' })
  verificationStatuses: FacetCount[];

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @Field(() => [FacetCount], {
    description: "RECENT, STALE or NEVER contacted (see ContactRecency). It reads the contact log: for regional staff it counts their own region's records only.",
  })
  contact: FacetCount[];
}
