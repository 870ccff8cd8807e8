import { scopeAllows, type Identity } from '@birge/shared-reference';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  parse,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** `Type.field` -> the subgraphs that resolve it, read from the supergraph's join directives. */
export type FieldOwners = Map<string, string[]>;

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

export function fieldOwners(supergraphSdl: string): FieldOwners {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const name = value.directives?.find((d) => d.name.value === 'join__graph');
        graphNames.set(value.name.value, String((name && argument(name, 'name')) ?? value.name.value.toLowerCase()));
      }
    }
  }
  const owners: FieldOwners = new Map();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = (definition.directives ?? []).filter((d) => d.name.value === 'join__type').map((d) => graphNames.get(String(argument(d, 'graph'))) ?? '');
    for (const field of definition.fields ?? []) {
      const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field' && argument(d, 'graph') !== undefined);
      const graphs = joins.length ? joins.filter((d) => argument(d, 'external') !== true).map((d) => graphNames.get(String(argument(d, 'graph'))) ?? '') : typeGraphs;
      owners.set(`${definition.name.value}.${field.name.value}`, [...new Set(graphs.filter(Boolean))]);
    }
  }
  return owners;
}

/**
 * A partner reaches only what its key's scopes cover: every field of the operation must be
 * resolved by a subgraph the key may read (`<subgraph>:read`), and every mutation by one it may
 * change (`<subgraph>:write`). Keys are read-only unless a write scope says otherwise. Returns
 * the refusal, or null.
 */
export function checkPartnerScopes(
  identity: Identity,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  owners: FieldOwners,
): GraphQLError | null {
  const scopes = identity.scopes ?? [];
  const denied = new Map<string, string[]>();
  const typeInfo = new TypeInfo(schema);
  // Fragments used by the operation are checked as part of it.
  const only: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) };
  visit(
    only,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const name = node.name.value;
        if (name.startsWith('__')) return;
        const parent = typeInfo.getParentType();
        // Introspection (partners may introspect) and __typename need no scope.
        if (!parent || getNamedType(parent).name.startsWith('__')) return;
        const key = `${getNamedType(parent).name}.${name}`;
        const access = parent === schema.getMutationType() ? 'write' : 'read';
        const graphs = owners.get(key) ?? [];
        if (!graphs.some((graph) => scopeAllows(scopes, graph, access)))
          denied.set(
            key,
            graphs.map((graph) => `${graph}:${access}`),
          );
      },
    }),
  );
  if (!denied.size) return null;
  const fields = [...denied.keys()].slice(0, 20);
  const requiredScopes = [...new Set([...denied.values()].flat())].sort();
  return new GraphQLError(
    `This API key may not reach ${fields.join(', ')}${denied.size > fields.length ? ' and more' : ''}: it needs one of ${requiredScopes.join(', ') || 'no scope (not open to partners)'}`,
    {
      extensions: { code: 'FORBIDDEN', reason: 'MISSING_SCOPE', fields, requiredScopes, http: { status: 403 } },
    },
  );
}
