import { buildFederatedSchema, roleAuthChecker } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { CoverageResolver } from './modules/coverage/coverage.resolver';
import { OverviewResolver } from './modules/overview/overview.resolver';
import { District } from './modules/region/district.type';
import { Region } from './modules/region/region.type';
import { regionReferences } from './modules/region/region.reference';

export function buildAnalyticsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    partnerScope: 'analytics',
    resolvers: [CoverageResolver, OverviewResolver],
    // Region and District are owned by the registry; here they are stubs reached through references.
    orphanedTypes: [Region, District],
    referenceResolvers: { ...regionReferences },
    authChecker: roleAuthChecker,
  });
}
