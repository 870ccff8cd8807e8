import { Field, Int, ObjectType } from 'type-graphql';
import { District } from '../region/district.type';

@ObjectType({ description: 'How well the front office reaches one district of its region.' })
export class DistrictCoverage {
  @Field(() => District, { description: 'The district.' })
  district: District;

  @Field(() => Int, { description: 'Registered organizations and groups that work in this district.' })
  organizationCount: number;

  @Field({
    description:
      'Whether the district counts as covered. For now: at least one registered organization works there. ' +
      'This will become contact-based (the front office has established contact with organizations of the district) ' +
      'once contacts are recorded.',
  })
  covered: boolean;
}
