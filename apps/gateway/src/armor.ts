import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every operation must fit before it is planned: deep nesting, alias floods, directive
 * spam, huge documents and expensive selections are refused with a coded validation error.
 * Field suggestions are blocked so the schema cannot be guessed through error messages.
 */
export function gatewayArmor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
