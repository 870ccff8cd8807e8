import { Directive, Field, ID, InputType } from 'type-graphql';
import { CallerRole } from '../caller-role.enum';

@Directive('@federation__inaccessible')
@InputType({ description: 'Internal: a mutation the gateway refused before any subgraph saw it.' })
export class GatewayAuditEntryInput {
  @Field(() => ID, { description: 'Unique per record, so a resent batch is stored once.' })
  sourceId: string;

  @Field(() => ID, { nullable: true, description: 'The caller, if known.' })
  userId?: string | null;

  @Field(() => CallerRole, { nullable: true, description: 'The caller’s role, if known.' })
  role?: CallerRole | null;

  @Field(() => ID, { nullable: true, description: 'The caller’s region, if any.' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key, if any.' })
  keyId?: string | null;

  @Field({ description: 'The mutation field.' })
  operation: string;

  @Field(() => String, { nullable: true, description: 'The client’s operation name.' })
  operationName?: string | null;

  @Field(() => [ID], { description: 'Ids among its arguments.' })
  targetIds: string[];

  @Field({ description: 'The error code it was refused with.' })
  outcome: string;

  @Field({ description: 'When it was refused.' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'The request id.' })
  requestId?: string | null;
}
