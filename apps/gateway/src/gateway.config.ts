import {
  baseConfigShape,
  booleanFromEnv,
  portSchema,
  isPrivateInternalSecret,
  isPrivateJwtSecret,
  isPrivatePortalLinkSecret,
  jwtSecretSchema,
  portalLinkSecretSchema,
} from '@birge/server-kit';
import path from 'node:path';
import { z } from 'zod';

const url = (fallback: string) => z.url({ error: 'must be an http(s) URL of the subgraph GraphQL endpoint' }).default(fallback);

export const gatewayConfigSchema = z
  .object({
    ...baseConfigShape,
    PORT: portSchema(4000),
    SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../supergraph.graphql')),
    REGISTRY_URL: url('http://127.0.0.1:4001/graphql'),
    ASSISTANCE_URL: url('http://127.0.0.1:4002/graphql'),
    ANALYTICS_URL: url('http://127.0.0.1:4003/graphql'),
    NOTIFICATIONS_URL: url('http://127.0.0.1:4004/graphql'),
    IDENTITY_URL: url('http://127.0.0.1:4005/graphql'),
    /**
     * Where partner keys' request counts live, shared by every gateway replica (schema `gateway`);
     * without it each replica counts in its own memory.
     */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
    /** The most an operation may cost (fields it can make the services resolve; see OperationCost). */
    MAX_OPERATION_COST: z.coerce.number().int().min(100).default(20_000),
    /** The longest any text input may be (characters), files and CSV imports apart (LONG_TEXT_INPUTS). */
    MAX_TEXT_INPUT_LENGTH: z.coerce.number().int().min(1000).default(20_000),
    /** The largest answer one subgraph fetch may bring back, and all fetches of one request together. */
    MAX_SUBGRAPH_RESPONSE_BYTES: z.coerce
      .number()
      .int()
      .min(65_536)
      .default(16 * 1024 * 1024),
    MAX_RESPONSE_BYTES: z.coerce
      .number()
      .int()
      .min(65_536)
      .default(32 * 1024 * 1024),
    JWT_SECRET: jwtSecretSchema,
    DEV_IDENTITY_FALLBACK: booleanFromEnv.optional(),
    API_KEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(120),
    API_KEY_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100000).default(30),
    API_KEY_CACHE_SECONDS: z.coerce.number().min(0).max(30, 'must be at most 30: a revoked key must stop working quickly').default(30),
    /** Kept-alive, pooled connections to the subgraphs (undici); false: Node's own fetch, for comparison. */
    SUBGRAPH_KEEP_ALIVE: booleanFromEnv.default(true),
    /**
     * Identical reads in flight share work: a caller's identical operations are executed once, and
     * identical subgraph fetches share one answer (the same caller's, or anyone's when it is public).
     */
    SHARE_SUBGRAPH_FETCHES: booleanFromEnv.default(true),
    /** Public answers (reference data) kept in the gateway's memory for their max-age; cleared when reference data is edited. */
    PUBLIC_RESPONSE_CACHE: booleanFromEnv.default(true),
    SESSION_CHECK_CACHE_SECONDS: z.coerce.number().min(0).max(30, 'must be at most 30: a signed-out session must stop working quickly').default(10),
    /** Verifies organizations' portal links (the registry signs them with the same secret). */
    PORTAL_LINK_SECRET: portalLinkSecretSchema,
    /** Requests one portal link may make: an organization's contact clicks, a script would not. */
    PORTAL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(30),
    PORTAL_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(10000).default(10),
  })
  .superRefine((env, context) => {
    if (!isPrivateInternalSecret(env)) context.addIssue({ code: 'custom', path: ['INTERNAL_SECRET'], message: 'must be set to a private value in production' });
    if (!isPrivatePortalLinkSecret(env))
      context.addIssue({ code: 'custom', path: ['PORTAL_LINK_SECRET'], message: 'must be set to a private value in production (the same in the registry)' });
    if (!isPrivateJwtSecret(env))
      context.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set to a private value in production (the same in the identity service)' });
    if (env.NODE_ENV === 'production' && env.DEV_IDENTITY_FALLBACK) {
      context.addIssue({ code: 'custom', path: ['DEV_IDENTITY_FALLBACK'], message: 'must not be true in production: callers without a token would act as an administrator' });
    }
  })
  // Callers without a token act as the development identity outside production unless turned off.
  .transform((env) => ({ ...env, DEV_IDENTITY_FALLBACK: env.DEV_IDENTITY_FALLBACK ?? env.NODE_ENV !== 'production' }));

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** Where each subgraph named in the supergraph is reached; the supergraph's own URLs are only defaults. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return {
    registry: config.REGISTRY_URL,
    assistance: config.ASSISTANCE_URL,
    analytics: config.ANALYTICS_URL,
    notifications: config.NOTIFICATIONS_URL,
    identity: config.IDENTITY_URL,
  };
}
