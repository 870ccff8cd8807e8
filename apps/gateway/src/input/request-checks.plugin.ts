import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { OperationMemo } from '../operation-memo';
import { inputProblem, type InputLimits } from './input-problems';

/** A request whose document does not say which one operation to run. */
export const OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE';

/**
 * What the gateway checks of a valid document before planning it, each refusal a 400 with a code:
 * one operation to run (named when there are several, and known), not a subscription (the graph
 * has none), and inputs the services can take (see inputProblem).
 */
export function requestChecksPlugin<TContext extends BaseContext>(options: { strictSchema: GraphQLSchema; limits: InputLimits }): ApolloServerPlugin<TContext> {
  // Only inputs found fine are remembered: a refusal is worked out again, a new error each time.
  const accepted = new OperationMemo<true>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) {
            const message = request.operationName
              ? `The document has no operation named "${request.operationName}": check operationName`
              : 'The document has several operations: say which one to run with operationName';
            throw new GraphQLError(message, { extensions: { code: OPERATION_RESOLUTION_FAILURE, http: { status: 400 } } });
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not offered: use a query (the dashboard polls for news)', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'SUBSCRIPTIONS_NOT_SUPPORTED', http: { status: 400 } },
            });
          }
          if (accepted.known(document, request.operationName, request.variables)) return;
          const problem = inputProblem(options.strictSchema, document, operation, request.variables, options.limits);
          if (problem) throw problem;
          accepted.remember(document, request.operationName, request.variables, true);
        },
      };
    },
  };
}
