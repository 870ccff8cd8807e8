import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Direction, OrganizationKind } from '../organization-enums';

@InputType({ description: 'Narrows a list of organizations; every given field must match.' })
export class OrganizationFilter {
  @Field(() => ID, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  districtCode?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => Direction, { nullable: true, description: 'Organizations working in this direction.' })
  direction?: Direction | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  nameContains?: string | null;
}
