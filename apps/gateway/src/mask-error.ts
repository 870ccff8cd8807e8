import type { GraphQLFormattedError } from 'graphql';

const ADDRESS = /\b(?:https?:\/\/)?(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\])(?::\d+)?(?:\/\S*)?/gi;

/**
 * The last word on what leaves the gateway: internal addresses are cut from every message and
 * internal errors lose their detail.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // A refusal by the document limits (tokens, aliases, directives) is a syntax refusal: the document was never read as GraphQL.
  const code = formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith('Syntax Error:') ? 'GRAPHQL_PARSE_FAILED' : formatted.extensions?.code;
  const extensions: Record<string, unknown> = { ...formatted.extensions, ...(code ? { code } : {}) };
  delete extensions.stacktrace;
  delete extensions.exception;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return { ...formatted, message: formatted.message.replace(ADDRESS, '[internal]'), extensions: { ...extensions, code: code ?? 'INTERNAL_SERVER_ERROR' } };
  }
  return { ...formatted, message: formatted.message.replace(ADDRESS, '[internal]'), extensions };
}
