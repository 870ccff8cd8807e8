import { Field, Int, ObjectType } from 'type-graphql';
import { District } from '../region/district.type';
import { DistrictCoverageStatus } from './district-coverage-status.enum';

@ObjectType({ description: 'How well the front office reaches one district of its region, from its contact log.' })
export class DistrictCoverage {
  @Field(() => District, { description: 'The district.' })
  district: District;

  @Field(() => Int, { description: 'Registered organizations and groups that work in this district.' })
  organizationCount: number;

  @Field({
    description:
      'Whether the district counts as covered: the front office has established contact there (status ESTABLISHED, a ' +
      'contact logged within the coverage window).',
  })
  covered: boolean;

  @Field(() => DistrictCoverageStatus, { description: 'ESTABLISHED, STALE or NEVER; see DistrictCoverageStatus.' })
  status: DistrictCoverageStatus;

  @Field(() => Date, { nullable: true, description: 'The day of the last contact logged for the district (midnight UTC); null when never.' })
  lastContactAt: Date | null;

  @Field(() => Int, { description: 'Contacts logged for the district, all time.' })
  contactCount: number;
}
