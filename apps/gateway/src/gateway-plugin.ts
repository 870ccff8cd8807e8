import type { ApolloServerPlugin } from '@apollo/server';
import { auditRecords, findOperation } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { GraphQLError, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GatewayAudit } from './gateway-audit';
import type { GatewayContext } from './gateway.context';
import { checkPartnerScopes, type FieldOwners } from './partner-scopes';
import { SERVICE_UNAVAILABLE } from './subgraph-data-source';

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

export interface GatewayPolicyOptions {
  /** The API schema (what callers see), to walk documents with. */
  apiSchema: GraphQLSchema;
  owners: FieldOwners;
  audit: GatewayAudit;
}

/**
 * What the gateway decides about an operation once it is parsed and valid:
 * - introspection only for authenticated callers (staff and partners; the development identity
 *   counts); anonymous callers get UNAUTHENTICATED and are pointed to GET /schema.graphql;
 * - a partner's fields within its key's scopes (FORBIDDEN, MISSING_SCOPE otherwise);
 * - mutations that never reached a subgraph (refused here, invalid, or their subgraph down)
 *   go to the audit log from here, since no subgraph saw them.
 */
export function gatewayPolicyPlugin(options: GatewayPolicyOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let executed = false;
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!contextValue.identity && asksIntrospection(document)) {
            throw new GraphQLError('Introspection is for signed-in callers and partners; the published schema is at GET /schema.graphql', {
              extensions: { code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_NEEDS_AUTHENTICATION', http: { status: 401 } },
            });
          }
          if (contextValue.identity?.role === Role.PARTNER && operation) {
            const refusal = checkPartnerScopes(contextValue.identity, options.apiSchema, document, operation, options.owners);
            if (refusal) throw refusal;
          }
        },
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ contextValue, request, response, document, operation: resolved }) {
          const operation = resolved ?? findOperation(document, request.query, request.operationName);
          if (operation?.operation !== 'mutation') return;
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = single?.errors ?? [];
          // Executed mutations are audited by the subgraph that answered them, unless it could not be reached.
          const unreachable = new Set(errors.filter((e) => e.extensions?.code === SERVICE_UNAVAILABLE && typeof e.path?.[0] === 'string').map((e) => e.path?.[0] as string));
          if (executed && !unreachable.size) return;
          const records = auditRecords({
            service: 'gateway',
            identity: contextValue.identity,
            operation,
            document: document ?? undefined,
            schema: options.apiSchema,
            variables: request.variables ?? {},
            data: (single?.data ?? null) as Record<string, unknown> | null,
            errors: errors.length ? errors : [{ message: 'refused', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
            requestId: contextValue.requestId,
            include: executed ? (_field, responseKey) => unreachable.has(responseKey) : undefined,
          });
          options.audit.record(records);
        },
      };
    },
  };
}
