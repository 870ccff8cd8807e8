import { Paged } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { Arg, Authorized, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../identity.context';
import { requireGateway } from '../internal-caller';
import { AuditEntryConnection } from './audit-entry.connection';
import { AuditEntry } from './audit-entry.type';
import { AuditLogFilter } from './dto/audit-log-filter.input';
import { GatewayAuditEntryInput } from './dto/gateway-audit-entry.input';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.REPUBLICAN_ADMIN)
  @Paged()
  @Query(() => AuditEntryConnection, {
    description: 'Every mutation, allowed or refused, newest first, a page at a time, from every service and the gateway. Republican administrators only (FORBIDDEN otherwise).',
  })
  auditLog(
    @Ctx() ctx: IdentityContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Narrows the entries; every given field must match.' }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<AuditEntryConnection> {
    return ctx.services.audit.list(filter, first, after);
  }

  @Directive('@federation__inaccessible')
  @Mutation(() => Int, { description: 'Internal: the gateway records mutations it refused itself. Not part of the public API; the gateway’s own signed calls only.' })
  async _recordGatewayAudit(
    @Arg('entries', () => [GatewayAuditEntryInput], { description: 'Up to 500 records.' }) entries: GatewayAuditEntryInput[],
    @Ctx() ctx: IdentityContext,
  ): Promise<number> {
    requireGateway(ctx);
    return ctx.services.audit.store(
      entries.slice(0, 500).map(({ sourceId, occurredAt, ...record }) => ({
        sourceId: `gateway:${sourceId}`,
        record: {
          service: 'gateway',
          userId: record.userId ?? null,
          role: record.role ?? null,
          regionCode: record.regionCode ?? null,
          keyId: record.keyId ?? null,
          operation: record.operation,
          operationName: record.operationName ?? null,
          targetIds: record.targetIds,
          outcome: record.outcome,
          occurredAt: occurredAt.toISOString(),
          requestId: record.requestId ?? null,
        },
      })),
    );
  }
}
