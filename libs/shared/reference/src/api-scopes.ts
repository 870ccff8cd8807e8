/**
 * What a partner API key may reach. `<subgraph>:read` lets a key read the fields that subgraph
 * resolves; `<subgraph>:write` adds its mutations (and implies read). Keys are read-only unless
 * a write scope says otherwise.
 */
export const API_KEY_SCOPES = ['registry:read', 'registry:write', 'assistance:read', 'assistance:write', 'analytics:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** Whether `scopes` let a partner read (or, with `write`, change) what `subgraph` resolves. */
export function scopeAllows(scopes: readonly string[], subgraph: string, access: 'read' | 'write'): boolean {
  return scopes.includes(`${subgraph}:write`) || (access === 'read' && scopes.includes(`${subgraph}:read`));
}
