import { buildFederatedSchema, roleAuthChecker } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { StaffAccountResolver } from './modules/account/staff-account.resolver';
import { ApiKeyResolver } from './modules/api-key/api-key.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { Region } from './modules/region/region.type';

export function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [AuthResolver, StaffAccountResolver, ApiKeyResolver, AuditResolver],
    // The registry's Region, referenced by its key only.
    orphanedTypes: [Region],
    authChecker: roleAuthChecker,
  });
}
