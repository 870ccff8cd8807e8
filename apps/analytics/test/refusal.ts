import type { GraphQLErrorShape } from '@birge/server-testing';

/** The first error's code, its FORBIDDEN or CONFLICT reason, and the fields it names (`path:CODE`). */
export function refusal(errors: GraphQLErrorShape[] | undefined): { code: unknown; reason?: unknown; fields?: string[] } {
  const error = errors?.[0];
  if (!error) return { code: 'none' };
  const fields = error.extensions?.fields?.map((f) => `${f.field}:${f.code}`);
  return { code: error.extensions?.code, ...(error.extensions?.reason ? { reason: error.extensions.reason } : {}), ...(fields ? { fields } : {}) };
}
