import { REGION_CODES } from '@birge/shared-reference';
import { ListSize } from '@birge/server-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { RegionOverview } from './region-overview.type';

@ObjectType({
  description: 'Figures across the country for the republican front office. Counts describe the picture; the memo is clear ' + 'that a front office is not judged by them.',
})
export class NationalOverview {
  @Field(() => Int, { description: 'Organizations, initiative groups and independent volunteers registered in the country.' })
  organizationCount: number;

  @Field(() => Int, {
    description: 'Assistance requests that still need work (new, triaged, in progress or waiting on a state body).',
  })
  openRequestCount: number;

  @ListSize(REGION_CODES.length)
  @Field(() => [RegionOverview], { description: 'All 20 regions in official order, those without any figures included.' })
  regions: RegionOverview[];
}
