import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { OperationCost, type ListSizes } from '@birge/server-kit';
import { OperationMemo } from '../operation-memo';

/** The code of an operation refused for its cost (the same as Apollo Router's demand control). */
export const COST_ESTIMATED_TOO_EXPENSIVE = 'COST_ESTIMATED_TOO_EXPENSIVE';

/**
 * Prices every operation once it is parsed, validated and its variables known, and refuses one
 * that costs more than `maxCost` with a 400 before anything is planned or fetched.
 */
export function costLimitPlugin<TContext extends BaseContext>(options: { listSizes: ListSizes; maxCost: number }): ApolloServerPlugin<TContext> {
  let model: { schema: GraphQLSchema; cost: OperationCost } | null = null;
  const costModel = (schema: GraphQLSchema) => {
    if (model?.schema !== schema) model = { schema, cost: new OperationCost(schema, options.listSizes) };
    return model.cost;
  };
  // A price per document and variables; variables the operation cannot take are priced again (they are refused later).
  const prices = new OperationMemo<number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          let cost: number;
          try {
            const known = prices.known(document, operationName, request.variables);
            cost = known ?? costModel(schema).of(document, operationName ?? undefined, request.variables);
            if (known === undefined) prices.remember(document, operationName, request.variables, cost);
          } catch {
            // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT, naming the variable.
            return;
          }
          if (cost <= options.maxCost) return;
          throw new GraphQLError(
            `This operation could make the services resolve about ${cost} fields, more than the ${options.maxCost} allowed: ask for smaller pages (first), fewer nested lists or fewer fields`,
            { extensions: { code: COST_ESTIMATED_TOO_EXPENSIVE, cost, maxCost: options.maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
