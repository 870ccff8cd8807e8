import { ASSUMED_ATTACHED_ITEMS, ListSize } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { CallerRole } from './caller-role.enum';

@ObjectType({ description: 'One mutation, allowed or refused: who asked for it, what it was about, and how it ended.' })
export class AuditEntry {
  @Field(() => ID, { description: 'The entry’s id.' })
  id: string;

  @Field({ description: 'When the mutation was answered (or refused).' })
  occurredAt: Date;

  @Field({ description: 'The service that answered or refused it: a subgraph name (registry, assistance, …) or gateway.' })
  service: string;

  @Field(() => ID, { nullable: true, description: 'The staff account (or, for a partner, the API key) that called; null for an anonymous caller.' })
  userId: string | null;

  @Field(() => CallerRole, { nullable: true, description: 'The caller’s role; null for an anonymous caller.' })
  role: CallerRole | null;

  @Field(() => Region, { nullable: true, description: 'The caller’s region (regional staff); null for national roles.' })
  region: Region | null;

  @Field(() => ID, { nullable: true, description: 'The partner API key the call came with, if any.' })
  keyId: string | null;

  @Field({ description: 'The mutation field, e.g. createOrganization.' })
  operation: string;

  @Field(() => String, { nullable: true, description: 'The operation name the client gave, if any.' })
  operationName: string | null;

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @Field(() => [ID], { description: 'Ids the mutation was about: id arguments (also inside inputs) and the id of the object it returned.' })
  targetIds: string[];

  @Field({ description: 'OK, or the error code it was refused with (FORBIDDEN, BAD_USER_INPUT, UNAUTHENTICATED, RATE_LIMITED, …).' })
  outcome: string;

  @Field(() => String, { nullable: true, description: 'The request id (x-request-id), to find the request in the logs.' })
  requestId: string | null;
}
