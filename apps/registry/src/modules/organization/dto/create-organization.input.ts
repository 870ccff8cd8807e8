import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Direction, OrganizationKind } from '../organization-enums';
import { OrganizationProfileInput } from './organization-profile.input';

@InputType({ description: 'A new organization, initiative group or independent volunteer.' })
export class CreateOrganizationInput extends OrganizationProfileInput {
  @Field({ description: 'The name as the organization uses it (2 to 200 characters).' })
  @IsNotEmpty({ message: 'is required' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @Field(() => OrganizationKind, { description: 'NGO, initiative group or independent volunteer; decides which fields apply (BIN and legal form: NGOs only).' })
  kind: OrganizationKind;

  @Field(() => ID, { description: 'KATO code of the region.' })
  @IsNotEmpty({ message: 'is required' })
  regionCode: string;

  @Field(() => ID, { nullable: true, description: 'KATO code of a district of that region, where the organization works; not an abolished one (DISTRICT_ABOLISHED).' })
  districtCode?: string | null;

  @Field(() => [Direction], { description: 'At least one of the twelve directions.' })
  @ArrayMinSize(1, { message: 'choose at least one direction' })
  @ArrayMaxSize(12, { message: 'must list each direction at most once' })
  @ArrayUnique({ message: 'must list each direction at most once' })
  directions: Direction[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false: refuse with CONFLICT (extensions.reason POSSIBLE_DUPLICATES, extensions.possibleDuplicates) when a record ' +
      'of the region has a similar name; true: the person looked at them and confirms this is another organization. ' +
      'Omitted: created without the check (older clients); Organization.possibleDuplicates still lists them.',
  })
  confirmNotDuplicate?: boolean | null;
}
