import { MAX_DISTRICTS_PER_REGION } from '@birge/shared-reference';
import { ListSize } from '@birge/server-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { DistrictCoverage } from './district-coverage.type';

@ObjectType({
  description:
    'Coverage of a region by its front office, district by district: the memo asks for contact with the ' +
    'regional centre and every district.',
})
export class RegionCoverage {
  @Field(() => Int, { description: 'How many districts, cities of regional significance and city districts the region has.' })
  districtCount: number;

  @Field(() => Int, { description: 'How many of them are covered (status ESTABLISHED, see DistrictCoverage.covered).' })
  coveredDistrictCount: number;

  @Field(() => Int, { description: 'Districts whose contacts are all older than the window.' })
  staleDistrictCount: number;

  @Field(() => Int, { description: 'Districts with no contact logged.' })
  neverContactedDistrictCount: number;

  @Field(() => Int, { description: 'The coverage window in months: a contact within it keeps a district ESTABLISHED.' })
  windowMonths: number;

  @ListSize(MAX_DISTRICTS_PER_REGION)
  @Field(() => [DistrictCoverage], { description: 'Every district of the region, in the registry\'s official order.' })
  districts: DistrictCoverage[];
}
