import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every operation must fit before it is planned: deep nesting, alias floods, directive
 * spam and huge documents are refused with a coded validation error. Field suggestions are
 * blocked so the schema cannot be guessed through error messages. What an operation costs is
 * priced apart, with the lists' declared sizes (costLimitPlugin).
 */
export function gatewayArmor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
