import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Direction, OrganizationKind } from './organization-enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A volunteer organization, initiative group or independent volunteer known to a front office.' })
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => [Direction])
  directions: Direction[];

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Increases on every change; pass it back when editing.' })
  version: number;

  regionCode: string;
  districtCode: string | null;
}
