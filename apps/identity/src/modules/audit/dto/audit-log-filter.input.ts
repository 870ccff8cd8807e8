import { Field, ID, InputType } from 'type-graphql';
import { CallerRole } from '../caller-role.enum';

@InputType({ description: 'Narrows the audit log; every given field must match.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'The caller’s staff account id (or a partner’s API key id).' })
  userId?: string | null;

  @Field(() => CallerRole, { nullable: true, description: 'The caller’s role.' })
  role?: CallerRole | null;

  @Field(() => ID, { nullable: true, description: 'KATO code of the caller’s region.' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The mutation field, e.g. createOrganization.' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'OK, or an error code such as FORBIDDEN.' })
  outcome?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only refused mutations (any outcome but OK); false: only allowed ones.' })
  refused?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this time.' })
  to?: Date | null;
}
