import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';

@ObjectType({ description: 'The figures of one region, for comparing regions side by side.' })
export class RegionOverview {
  @Field(() => Region, { description: 'The region.' })
  region: Region;

  @Field(() => Int, { description: 'Organizations, initiative groups and independent volunteers registered in the region.' })
  organizationCount: number;

  @Field(() => Int, { description: "Assistance requests from the region that still need the front office's work." })
  openRequestCount: number;
}
