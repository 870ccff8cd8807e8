import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  auditRecords,
  createLogger,
  listSizesOf,
  DEFAULT_MAX_BODY_BYTES,
  findOperation,
  loadConfig,
  STAFF_MAX_BODY_BYTES,
  startGraphqlHttpServer,
  type HttpRefusal,
  type RunningHttpServer,
} from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { buildSchema, MaxIntrospectionDepthRule } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { gatewayArmor, MAX_TOKENS } from './armor';
import { costLimitPlugin } from './cost/cost-limit.plugin';
import { requestChecksPlugin } from './input/request-checks.plugin';
import { strictApiSchema } from './input/strict-schema';
import { ApiKeyVerifier } from './api-key-verifier';
import { IdentityUnavailableError } from './identity-client';
import { SessionVerifier } from './session-verifier';
import { PortalLinkVerifier } from './portal-link-verifier';
import { admitPortalLink } from './portal-admission';
import { authenticate, credentialsOf, partnerIdentity } from './authenticate';
import { GatewayAudit } from './gateway-audit';
import { gatewayPolicyPlugin } from './gateway-plugin';
import { fieldOwners } from './partner-scopes';
import { prepareRateStore, RateLimiter } from './rate-limiter';
import { gatewayConfigSchema, subgraphUrls } from './gateway.config';
import type { GatewayContext } from './gateway.context';
import { maskError } from './mask-error';
import { inflightAnswersPlugin } from './inflight-answers';
import { PublicResponseCache, publicResponseCachePlugins } from './public-response-cache';
import { SubgraphDataSource } from './subgraph-data-source';

/** The roles that write to the registry, and so may upload a CSV import: the larger request body is theirs. */
const STAFF_UPLOADERS = new Set<Role>([Role.REPUBLICAN_ADMIN, Role.REGIONAL_STAFF]);

/**
 * The gateway serves the committed supergraph. It never introspects subgraphs, so it starts and
 * keeps answering while any of them is down.
 */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningHttpServer> {
  const config = loadConfig(gatewayConfigSchema, env);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const urls = subgraphUrls(config);
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, urls[name] ?? url ?? '', config.INTERNAL_SECRET, {
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        maxFetchBytes: config.MAX_SUBGRAPH_RESPONSE_BYTES,
        maxRequestBytes: config.MAX_RESPONSE_BYTES,
        keepAlive: config.SUBGRAPH_KEEP_ALIVE,
        share: config.SHARE_SUBGRAPH_FETCHES,
      }),
    logger,
  });
  const armor = gatewayArmor();
  const identities = new WeakMap<IncomingMessage, Identity | null>();
  // Partners read the published API schema as a file, without introspection.
  const apiSchema = readFileSync(path.join(path.dirname(config.SUPERGRAPH_PATH), 'api-schema.graphql'), 'utf8');
  const audit = new GatewayAudit({ identityUrl: config.IDENTITY_URL, internalSecret: config.INTERNAL_SECRET, logger });
  const apiKeys = new ApiKeyVerifier({
    identityUrl: config.IDENTITY_URL,
    internalSecret: config.INTERNAL_SECRET,
    cacheMs: config.API_KEY_CACHE_SECONDS * 1000,
    timeoutMs: Math.min(config.SUBGRAPH_TIMEOUT_MS, 5000),
  });
  const sessions = new SessionVerifier({
    identityUrl: config.IDENTITY_URL,
    internalSecret: config.INTERNAL_SECRET,
    cacheMs: config.SESSION_CHECK_CACHE_SECONDS * 1000,
    timeoutMs: Math.min(config.SUBGRAPH_TIMEOUT_MS, 5000),
  });
  const portalLinks = new PortalLinkVerifier({
    registryUrl: urls.registry,
    internalSecret: config.INTERNAL_SECRET,
    timeoutMs: Math.min(config.SUBGRAPH_TIMEOUT_MS, 5000),
  });
  /** The identity service's answer about a caller's sign-in or key, or the 503 to send while it cannot give one. */
  const fromIdentity = async <T>(what: string, ask: () => Promise<T>): Promise<{ answer: T } | { refusal: HttpRefusal }> => {
    try {
      return { answer: await ask() };
    } catch (error) {
      if (!(error instanceof IdentityUnavailableError)) throw error;
      logger.warn({ err: error }, `${what} not verified: the identity service is unavailable`);
      return {
        refusal: {
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
          message: `${what} cannot be verified right now; try again shortly`,
          details: { service: 'identity' },
          headers: { 'retry-after': '5' },
        },
      };
    }
  };
  const ratePool = config.DATABASE_URL ? new Pool({ connectionString: config.DATABASE_URL, max: 4, application_name: 'birge-gateway' }) : null;
  // An idle connection the database drops (a restart) is an event to log, not a reason to stop.
  ratePool?.on('error', (error) => logger.warn({ err: error }, 'a rate-limit connection to PostgreSQL was lost; the next request opens another'));
  if (ratePool) await prepareRateStore(ratePool, 'gateway');
  else if (config.NODE_ENV === 'production') logger.warn('DATABASE_URL is not set: partner rate limits are counted per gateway replica, not shared');
  const limiter = new RateLimiter(ratePool ? { pool: ratePool, schema: 'gateway' } : null);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Introspection is on for authenticated callers only (gatewayPolicyPlugin).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Introspection nests lists of the schema's own types: graphql-js bounds how deep they go.
    validationRules: [...armor.validationRules, MaxIntrospectionDepthRule],
    // A document of more tokens is a parse failure (400 GRAPHQL_PARSE_FAILED) before anything else.
    parseOptions: { maxTokens: MAX_TOKENS },
    // In this order when several refuse an operation: who may ask it first, then what it asks.
    plugins: [
      ...armor.plugins,
      gatewayPolicyPlugin({ apiSchema: buildSchema(apiSchema), owners: fieldOwners(supergraphSdl), audit }),
      requestChecksPlugin({ strictSchema: strictApiSchema(apiSchema), limits: { maxTextLength: config.MAX_TEXT_INPUT_LENGTH } }),
      costLimitPlugin({ listSizes: listSizesOf(supergraphSdl), maxCost: config.MAX_OPERATION_COST }),
      // Last: only an operation every check above has let through may be answered from the cache.
      ...(config.PUBLIC_RESPONSE_CACHE ? publicResponseCachePlugins(new PublicResponseCache()) : []),
      // After the cache: a kept answer is served before waiting for an identical request.
      ...(config.SHARE_SUBGRAPH_FETCHES ? [inflightAnswersPlugin({ waitMs: config.SUBGRAPH_TIMEOUT_MS })] : []),
    ],
    formatError: maskError,
  });
  const refusedAs = new WeakMap<IncomingMessage, Identity>();
  const http = await startGraphqlHttpServer({
    apollo,
    host: config.HOST,
    port: config.PORT,
    logger,
    readiness: async () => ({ ready: true }),
    routes: {
      '/schema.graphql': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=300' });
        response.end(apiSchema);
      },
    },
    // The caller is authenticated from its headers before the body is read: a bad or expired
    // token, a token of a sign-in that has ended, or a bad, revoked or expired API key, is refused
    // here with UNAUTHENTICATED and never reaches a subgraph; a partner over its key's rate limit
    // gets 429 RATE_LIMITED.
    admit: async (request) => {
      const credentials = credentialsOf(request.headers);
      if (credentials.kind === 'malformed') return credentials.refusal;
      if (credentials.kind === 'portal') {
        const admission = await admitPortalLink(credentials.token, {
          secret: config.PORTAL_LINK_SECRET,
          links: portalLinks,
          limiter,
          limit: { perMinute: config.PORTAL_RATE_LIMIT_PER_MINUTE, burst: config.PORTAL_RATE_LIMIT_BURST },
        });
        if (!admission.ok) {
          if (admission.identity) refusedAs.set(request, admission.identity);
          return admission.refusal;
        }
        identities.set(request, admission.identity);
        return null;
      }
      if (credentials.kind !== 'api-key') {
        const result = await authenticate(request.headers.authorization, { jwtSecret: config.JWT_SECRET, devIdentityFallback: config.DEV_IDENTITY_FALLBACK });
        if (!result.ok) return result.refusal;
        const { sessionId } = result;
        if (sessionId) {
          const session = await fromIdentity('Sign-ins', () => sessions.active(sessionId));
          if ('refusal' in session) return session.refusal;
          if (!session.answer)
            return {
              status: 401,
              code: 'UNAUTHENTICATED',
              message: 'This sign-in has ended (signed out, or the account was deactivated): sign in again',
              details: { reason: 'SESSION_ENDED' },
            };
        }
        identities.set(request, result.identity);
        return null;
      }
      const verified = await fromIdentity('API keys', () => apiKeys.verify(credentials.key));
      if ('refusal' in verified) return verified.refusal;
      const check = verified.answer;
      if (!check.valid) {
        const reasons = { UNKNOWN_KEY: 'INVALID_API_KEY', REVOKED: 'API_KEY_REVOKED', EXPIRED: 'API_KEY_EXPIRED' } as const;
        return {
          status: 401,
          code: 'UNAUTHENTICATED',
          message: 'The API key is not valid, or no longer: ask the republican front office for a new one',
          details: { reason: reasons[check.reason] },
        };
      }
      const identity = partnerIdentity(check.keyId, check.scopes);
      const decision = await limiter.take(check.keyId, { perMinute: check.rateLimitPerMinute ?? config.API_KEY_RATE_LIMIT_PER_MINUTE, burst: config.API_KEY_RATE_LIMIT_BURST });
      if (!decision.allowed) {
        refusedAs.set(request, identity);
        return {
          status: 429,
          code: 'RATE_LIMITED',
          message: `Too many requests with this API key: try again in ${decision.retryAfterSeconds} s`,
          details: { retryAfterSeconds: decision.retryAfterSeconds },
          headers: { 'retry-after': String(decision.retryAfterSeconds) },
        };
      }
      identities.set(request, identity);
      return null;
    },
    // A refused mutation is audited too, with what is known of the caller.
    onRefusal: (request, refusal: HttpRefusal, body, requestId) => {
      const payload = body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
      if (!payload || typeof payload.query !== 'string') return;
      const operation = findOperation(undefined, payload.query, typeof payload.operationName === 'string' ? payload.operationName : null);
      if (operation?.operation !== 'mutation') return;
      const variables = payload.variables && typeof payload.variables === 'object' ? (payload.variables as Record<string, unknown>) : {};
      audit.record(
        auditRecords({
          service: 'gateway',
          identity: refusedAs.get(request) ?? null,
          operation,
          variables,
          errors: [{ message: refusal.message, extensions: { code: refusal.code } }],
          requestId,
        }),
      );
    },
    // Signed-in staff who may write may send up to 16 MiB (a CSV import from the dashboard);
    // everyone else, partners and anonymous callers included, 1 MiB. A large upload on a slow
    // line gets two minutes to arrive.
    maxBodyBytes: (request) => (STAFF_UPLOADERS.has(identities.get(request)?.role as Role) ? STAFF_MAX_BODY_BYTES : DEFAULT_MAX_BODY_BYTES),
    requestTimeoutMs: 120_000,
    context: async (request, requestId) => ({ requestId, identity: identities.get(request) ?? null, logger: logger.child({ requestId }) }),
  });
  if (config.DEV_IDENTITY_FALLBACK) logger.warn('DEV_IDENTITY_FALLBACK is on: callers without a token act as a republican administrator');
  logger.info({ url: http.url, subgraphs: urls }, 'gateway ready');
  return {
    ...http,
    async close() {
      await http.close();
      await audit.close();
      await ratePool?.end();
    },
  };
}
