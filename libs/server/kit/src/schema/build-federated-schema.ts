import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import type { ScopedSubgraph } from '@birge/shared-reference';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import { guardPartnerScopes } from '../auth/partner-scope-guard';
import { guardRestrictedFields, markedFields } from '../auth/restricted-fields';
import { CACHE_CONTROL_SDL } from './cache-hints';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@listSize"])`;

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Federation stubs and other types reachable only through references must be listed here. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** Decides `@Authorized(...)` fields; the kit's roleAuthChecker for role checks. */
  authChecker?: AuthChecker<any, any>;
  /**
   * The scope name partners reach this subgraph by (`registry` -> `registry:read`/`registry:write`);
   * omitted, partners are refused every field. `@RegionRestricted` fields follow regionReadRestriction
   * for this scope (a subgraph with such fields must name it).
   */
  partnerScope?: ScopedSubgraph;
}

/**
 * type-graphql schema -> SDL with its directives -> Apollo subgraph schema. The one way every
 * subgraph builds its schema, so directives, validation and reference resolvers behave alike, and
 * so no subgraph forgets its guards: partner scopes on every root field, and the fields marked
 * `@PersonalData()` / `@RegionRestricted(...)` in the classes of this build (and only those) withheld
 * by guardRestrictedFields.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    authChecker: options.authChecker,
    validate: { forbidUnknownValues: false },
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_SDL}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  const subgraph = guardPartnerScopes(buildSubgraphSchema({ typeDefs, resolvers }), options.partnerScope);
  return guardRestrictedFields(subgraph, markedFields(schema), options.partnerScope);
}
