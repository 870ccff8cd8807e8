import { IsOptional, ArrayMaxSize, ArrayMinSize, ArrayUnique, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Direction, OrganizationKind } from '../organization-enums';
import { OrganizationProfileInput } from './organization-profile.input';

@InputType({
  description:
    'Changes to an organization. Omitted fields stay as they are; null clears a field that may be empty. `version` must be ' +
    'the version you read: if someone changed the record since, the update is refused with CONFLICT (extensions.currentVersion) ' +
    'and nothing is written.',
})
export class UpdateOrganizationInput extends OrganizationProfileInput {
  @Field(() => ID, { description: 'The organization to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read (Organization.version).' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The display name (2 to 200 characters).' })
  @IsOptional()
  @IsNotEmpty({ message: 'is required' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'A new kind; unchanged when omitted.' })
  @IsOptional()
  kind?: OrganizationKind | null;

  @Field(() => ID, { nullable: true, description: 'KATO code of the region.' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'KATO code of a district of the region; null removes it. A record may stay in an abolished district but not move into one (DISTRICT_ABOLISHED).',
  })
  @IsOptional()
  districtCode?: string | null;

  @Field(() => [Direction], { nullable: true, description: 'At least one of the twelve directions.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'choose at least one direction' })
  @ArrayMaxSize(12, { message: 'must list each direction at most once' })
  @ArrayUnique({ message: 'must list each direction at most once' })
  directions?: Direction[] | null;
}
