import { ApolloArmor } from '@escape.tech/graphql-armor';

/** The most tokens a document may have. */
export const MAX_TOKENS = 3000;

/**
 * Limits every operation must fit before it is planned: deep nesting, alias floods and directive
 * spam are refused with a coded error (huge documents by the parser, MAX_TOKENS). Field
 * suggestions are blocked so the schema cannot be guessed through error messages. What an
 * operation costs is priced apart, with the lists' declared sizes (costLimitPlugin).
 */
export function gatewayArmor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Counted by graphql-js's own parser (parseOptions.maxTokens), so that too many is a parse failure.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
