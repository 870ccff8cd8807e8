import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from './gateway.context';

type Shared = Pick<FormattedExecutionResult, 'data'> | null;

export interface InflightAnswersOptions {
  /** How long a request waits for the identical one before it goes ahead on its own. */
  waitMs: number;
}

/** Who asks, as far as an answer may depend on it: the whole verified identity. */
const callerOf = (identity: GatewayContext['identity']) => (identity ? JSON.stringify(identity) : 'anonymous');

function keyOf(context: GraphQLRequestContext<GatewayContext>): string {
  const { request, contextValue } = context;
  return JSON.stringify([callerOf(contextValue.identity), context.source ?? request.query, request.operationName ?? null, request.variables ?? {}]);
}

/**
 * Identical reads of the same caller in flight at once (the same document, operation and
 * variables, from the same identity) are executed once: the others, each already admitted and
 * checked on its own (armor, cost, partner scopes), wait for that execution and are given its
 * data. Only a complete answer without errors is given on; otherwise each goes ahead itself.
 * Never across callers, and never for mutations.
 */
export function inflightAnswersPlugin(options: InflightAnswersOptions): ApolloServerPlugin<GatewayContext> {
  const inflight = new Map<string, Promise<Shared>>();
  return {
    async requestDidStart() {
      let leader: { key: string; settle: (shared: Shared) => void } | null = null;
      const release = (shared: Shared) => {
        if (!leader) return;
        inflight.delete(leader.key);
        leader.settle(shared);
        leader = null;
      };
      return {
        async responseForOperation(context) {
          if (context.operation?.operation !== 'query') return null;
          const key = keyOf(context);
          const running = inflight.get(key);
          if (!running) {
            let settle: (shared: Shared) => void = () => undefined;
            inflight.set(key, new Promise<Shared>((resolve) => (settle = resolve)));
            leader = { key, settle };
            return null;
          }
          let timer: NodeJS.Timeout | undefined;
          const shared = await Promise.race([running, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), options.waitMs)))]);
          clearTimeout(timer);
          if (!shared) return null;
          return { body: { kind: 'single', singleResult: { data: shared.data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
        async willSendResponse({ response }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          release(single && !single.errors?.length && single.data ? { data: single.data } : null);
        },
        async didEncounterErrors() {
          release(null);
        },
      };
    },
  };
}
