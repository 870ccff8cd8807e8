import { loadConfig } from '@birge/server-kit';
import { gatewayConfigSchema } from './gateway.config';

const privateSecrets = {
  INTERNAL_SECRET: 'a-private-internal-secret',
  JWT_SECRET: 'a-private-jwt-secret-of-at-least-32-chars',
  PORTAL_LINK_SECRET: 'a-private-portal-link-secret-of-32-chars',
};

describe('gateway configuration', () => {
  it('acts as the development identity for callers without a token outside production only, by default', () => {
    expect(loadConfig(gatewayConfigSchema, {}).DEV_IDENTITY_FALLBACK).toBe(true);
    expect(loadConfig(gatewayConfigSchema, { NODE_ENV: 'test' }).DEV_IDENTITY_FALLBACK).toBe(true);
    expect(loadConfig(gatewayConfigSchema, { DEV_IDENTITY_FALLBACK: 'false' }).DEV_IDENTITY_FALLBACK).toBe(false);
    expect(loadConfig(gatewayConfigSchema, { NODE_ENV: 'production', ...privateSecrets }).DEV_IDENTITY_FALLBACK).toBe(false);
  });

  it('refuses the fallback and the development secrets in production', () => {
    expect(() => loadConfig(gatewayConfigSchema, { NODE_ENV: 'production', ...privateSecrets, DEV_IDENTITY_FALLBACK: 'true' })).toThrow(/DEV_IDENTITY_FALLBACK/);
    expect(() => loadConfig(gatewayConfigSchema, { NODE_ENV: 'production', INTERNAL_SECRET: privateSecrets.INTERNAL_SECRET })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig(gatewayConfigSchema, { NODE_ENV: 'production', JWT_SECRET: privateSecrets.JWT_SECRET })).toThrow(/INTERNAL_SECRET/);
    expect(() => loadConfig(gatewayConfigSchema, { NODE_ENV: 'production', INTERNAL_SECRET: privateSecrets.INTERNAL_SECRET, JWT_SECRET: privateSecrets.JWT_SECRET })).toThrow(
      /PORTAL_LINK_SECRET/,
    );
    expect(() => loadConfig(gatewayConfigSchema, { JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32/);
  });

  it('knows where the identity subgraph is', () => {
    expect(loadConfig(gatewayConfigSchema, {}).IDENTITY_URL).toBe('http://127.0.0.1:4005/graphql');
  });

  it('limits API keys per minute with a burst, and caches key checks for 30 seconds at most', () => {
    const config = loadConfig(gatewayConfigSchema, {});
    expect([config.API_KEY_RATE_LIMIT_PER_MINUTE, config.API_KEY_RATE_LIMIT_BURST, config.API_KEY_CACHE_SECONDS]).toEqual([120, 30, 30]);
    expect(() => loadConfig(gatewayConfigSchema, { API_KEY_CACHE_SECONDS: '60' })).toThrow(/API_KEY_CACHE_SECONDS: must be at most 30/);
    expect(() => loadConfig(gatewayConfigSchema, { API_KEY_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/API_KEY_RATE_LIMIT_PER_MINUTE/);
  });
});
