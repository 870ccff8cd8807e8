import { AccessRestriction, Role, scopeAllows, type ScopedSubgraph } from '@birge/shared-reference';
import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/request-context';
import { accessError } from './region-access';

/** Root fields any caller may reach: the federation SDL the gateway's composition reads. */
const OPEN_FIELDS = new Set(['_service']);

function guard(type: GraphQLObjectType | null | undefined, allowed: (context: RequestContext) => boolean): void {
  for (const field of Object.values(type?.getFields() ?? {})) {
    if (OPEN_FIELDS.has(field.name)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: RequestContext, info) => {
      if (context.identity?.role === Role.PARTNER && !allowed(context)) throw accessError(AccessRestriction.MISSING_SCOPE, `${info.parentType.name}.${info.fieldName}`);
      return resolve(source, args, context, info);
    };
  }
}

/**
 * Partner keys reach a subgraph only through its scopes, checked here as well as at the gateway:
 * every query field (entity references included) needs `<subgraph>:read`, every mutation
 * `<subgraph>:write`. A subgraph no scope names (`scopedAs` undefined) refuses partners.
 */
export function guardPartnerScopes(schema: GraphQLSchema, scopedAs: ScopedSubgraph | undefined): GraphQLSchema {
  const has = (context: RequestContext, access: 'read' | 'write') => scopedAs !== undefined && scopeAllows(context.identity?.scopes ?? [], scopedAs, access);
  guard(schema.getQueryType(), (context) => has(context, 'read'));
  guard(schema.getMutationType(), (context) => has(context, 'write'));
  return schema;
}
