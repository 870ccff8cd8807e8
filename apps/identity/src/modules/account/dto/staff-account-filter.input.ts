import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from '../staff-role.enum';

@InputType({ description: 'Narrows a list of staff accounts; every given field must match.' })
export class StaffAccountFilter {
  @Field(() => StaffRole, { nullable: true, description: 'Accounts with this role.' })
  role?: StaffRole | null;

  @Field(() => ID, { nullable: true, description: 'Regional staff of this region (KATO code).' })
  regionCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: active accounts only; false: deactivated only.' })
  active?: boolean | null;
}
