import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { AUDIT_OK, type AuditRecordedPayload, type Identity } from '@birge/shared-reference';
import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { Logger } from 'pino';
import { beginAuditedField, currentAuditScope } from './audit-in-transaction';

/** Where audit records go; the kit's subgraphs publish them as `audit.mutation-recorded` events. */
export type AuditSink = (records: AuditRecordedPayload[]) => Promise<void>;

export interface AuditPluginOptions {
  /** The service name written with each record (the subgraph's name). */
  service: string;
  sink: AuditSink;
  logger: Logger;
}

const ID_KEY = /^(?:id|ids|.+Id|.+Ids)$/;
const MAX_TARGET_IDS = 50;

/**
 * Ids among a mutation's arguments: any `id`, `…Id` or `…Ids` value, nested inputs and lists
 * included. Other argument values (names, passwords, descriptions) are never recorded.
 */
export function collectTargetIds(value: unknown, key: string | null = null, into: string[] = []): string[] {
  if (into.length >= MAX_TARGET_IDS || value === null || value === undefined) return into;
  if (Array.isArray(value)) {
    for (const item of value) collectTargetIds(item, key, into);
  } else if (typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) collectTargetIds(child, childKey, into);
  } else if (key !== null && ID_KEY.test(key) && (typeof value === 'string' || typeof value === 'number')) {
    const id = String(value).slice(0, 200);
    if (!into.includes(id)) into.push(id);
  }
  return into;
}

/** The operation a request asked for, parsing the query text when GraphQL did not get that far. */
export function findOperation(document: DocumentNode | undefined, query: string | undefined, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  let doc = document;
  if (!doc && query) {
    try {
      doc = parse(query, { maxTokens: 5000 });
    } catch {
      return undefined;
    }
  }
  const operations = (doc?.definitions ?? []).filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** The root fields of an operation (through inline fragments), except `__typename` and internal `_fields`. */
export function rootFields(selectionSet: SelectionSetNode, document?: DocumentNode): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('_')) fields.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...rootFields(selection.selectionSet, document));
    } else if (document) {
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) fields.push(...rootFields(fragment.selectionSet, document));
    }
  }
  return fields;
}

/** The client's operation name: the gateway names what it sends a subgraph `<name>__<subgraph>__<n>`. */
export function clientOperationName(name: string | undefined): string | null {
  if (!name) return null;
  return /^(.+)__[A-Za-z0-9_-]+__\d+$/.exec(name)?.[1] ?? name;
}

function untypedArguments(field: FieldNode, variables: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries((field.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, variables)]));
}

function codeOf(error: GraphQLFormattedError | undefined): string {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

export interface AuditInput {
  service: string;
  identity: Identity | null;
  operation: OperationDefinitionNode;
  document?: DocumentNode;
  schema?: GraphQLSchema;
  variables?: Record<string, unknown>;
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  requestId: string | null;
  /** Record only the root fields this says to (e.g. those a gateway refusal stopped). */
  include?: (field: FieldNode, responseKey: string) => boolean;
  /** The record id a root field's record written with its change got (audit-in-transaction). */
  recordIdOf?: (responseKey: string) => string | undefined;
  now?: Date;
}

const isId = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';

/**
 * The id of what a mutation returned: its own, or for a payload wrapping the record (createApiKey
 * returns { secret, apiKey { id } }) the id of the one object directly inside that has one.
 */
function returnedIdOf(returned: unknown): string | number | null {
  if (!returned || typeof returned !== 'object') return null;
  const record = returned as Record<string, unknown>;
  if (isId(record.id)) return record.id;
  const inner = Object.values(record).filter(
    (value): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value) && isId((value as Record<string, unknown>).id),
  );
  return inner.length === 1 ? (inner[0].id as string | number) : null;
}

/**
 * One record per root field of a mutation: who (identity), what (the field, ids among its
 * arguments and the id of what it returned), and the outcome (OK, or the code of the error on
 * that field; a request-level error stands for every field).
 */
export function auditRecords(input: AuditInput): AuditRecordedPayload[] {
  if (input.operation.operation !== 'mutation') return [];
  const mutationType = input.schema?.getMutationType();
  const requestError = input.errors?.find((error) => !error.path?.length);
  const occurredAt = (input.now ?? new Date()).toISOString();
  const records: AuditRecordedPayload[] = [];
  for (const field of rootFields(input.operation.selectionSet, input.document)) {
    const responseKey = field.alias?.value ?? field.name.value;
    if (input.include && !input.include(field, responseKey)) continue;
    const definition = mutationType?.getFields()[field.name.value];
    let args: Record<string, unknown>;
    try {
      args = definition ? getArgumentValues(definition, field, input.variables ?? {}) : untypedArguments(field, input.variables);
    } catch {
      // Arguments that do not coerce (the request was refused for them): the ids in them are still of interest.
      args = untypedArguments(field, input.variables);
    }
    const targetIds = collectTargetIds(args);
    const returnedId = returnedIdOf(input.data?.[responseKey]);
    if (returnedId !== null) collectTargetIds(returnedId, 'id', targetIds);
    const fieldError = input.errors?.find((error) => error.path?.[0] === responseKey);
    const outcome = fieldError ? codeOf(fieldError) : requestError ? codeOf(requestError) : AUDIT_OK;
    records.push({
      service: input.service,
      userId: input.identity?.userId ?? null,
      role: input.identity?.role ?? null,
      regionCode: input.identity?.regionCode ?? null,
      keyId: input.identity?.keyId ?? null,
      operation: field.name.value,
      operationName: clientOperationName(input.operation.name?.value),
      targetIds,
      outcome,
      occurredAt,
      requestId: input.requestId,
      ...(input.recordIdOf?.(responseKey) ? { recordId: input.recordIdOf(responseKey) } : {}),
    });
  }
  return records;
}

interface AuditableContext {
  requestId: string;
  identity: Identity | null;
  internalCaller?: string;
}

/**
 * Records every mutation a subgraph answers, allowed or refused, through `sink`. It runs after
 * the response is ready, so it sees the outcome; the response waits for the record to be handed
 * to the sink (a durable event), and a sink failure is logged, never turned into an error for a
 * change that has already happened. Internal calls of the gateway itself are not recorded.
 * While a root mutation field resolves, its record as known so far is offered to the transaction
 * that stores its change (audit-in-transaction), so a change is never stored without its record.
 */
export function auditPlugin<TContext extends AuditableContext>(options: AuditPluginOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, operation, request }) {
          if (operation.operation !== 'mutation' || contextValue.internalCaller || !currentAuditScope()) return;
          return {
            willResolveField({ args, info }) {
              if (info.path.prev !== undefined) return;
              beginAuditedField(info.path.key as string, {
                service: options.service,
                userId: contextValue.identity?.userId ?? null,
                role: contextValue.identity?.role ?? null,
                regionCode: contextValue.identity?.regionCode ?? null,
                keyId: contextValue.identity?.keyId ?? null,
                operation: info.fieldName,
                operationName: clientOperationName(operation.name?.value ?? request.operationName ?? undefined),
                targetIds: collectTargetIds(args),
                occurredAt: new Date().toISOString(),
                requestId: contextValue.requestId ?? null,
              });
              return () => {
                const scope = currentAuditScope();
                if (scope) scope.current = null;
              };
            },
          };
        },
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<TContext>) {
          const { contextValue, request, response } = requestContext;
          if (contextValue.internalCaller) return;
          const operation = requestContext.operation ?? findOperation(requestContext.document, request.query, request.operationName);
          if (operation?.operation !== 'mutation') return;
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const recordIds = currentAuditScope()?.recordIds;
          const records = auditRecords({
            service: options.service,
            identity: contextValue.identity,
            operation,
            document: requestContext.document,
            schema: requestContext.schema,
            variables: request.variables ?? {},
            data: (single?.data ?? null) as Record<string, unknown> | null,
            errors: single?.errors ?? requestContext.errors?.map((error) => error.toJSON()),
            requestId: contextValue.requestId ?? null,
            recordIdOf: (key) => recordIds?.get(key),
          });
          if (!records.length) return;
          try {
            await options.sink(records);
          } catch (error) {
            options.logger.error({ err: error, records }, 'audit records could not be stored');
          }
        },
      };
    },
  };
}
