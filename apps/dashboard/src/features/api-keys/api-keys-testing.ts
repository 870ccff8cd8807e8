/** An active API key as `ApiKeyFields` selects it (reading the registry and analytics), changed by `overrides`. */
export const apiKeyData = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ApiKey',
  id,
  name: 'Qazvolunteer.kz',
  prefix: 'bgk_0123456789ab',
  scopes: ['registry:read', 'analytics:read'],
  rateLimitPerMinute: null,
  expiresAt: '2027-11-25T00:00:00.000Z',
  createdAt: '2026-11-25T08:00:00.000Z',
  revokedAt: null,
  lastUsedAt: null,
  active: true,
  ...overrides,
});
