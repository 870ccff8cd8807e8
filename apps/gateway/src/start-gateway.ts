import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { createLogger, loadConfig, startGraphqlHttpServer, type RunningHttpServer } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewayArmor } from './armor';
import { authenticate } from './authenticate';
import { gatewayConfigSchema, subgraphUrls } from './gateway.config';
import type { GatewayContext } from './gateway.context';
import { maskError } from './mask-error';
import { SubgraphDataSource } from './subgraph-data-source';

/**
 * The gateway serves the committed supergraph. It never introspects subgraphs, so it starts and
 * keeps answering while any of them is down.
 */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningHttpServer> {
  const config = loadConfig(gatewayConfigSchema, env);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const urls = subgraphUrls(config);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => new SubgraphDataSource(name, urls[name] ?? url ?? '', config.INTERNAL_SECRET, config.SUBGRAPH_TIMEOUT_MS),
    logger,
  });
  const armor = gatewayArmor();
  const identities = new WeakMap<IncomingMessage, Identity | null>();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    plugins: armor.plugins,
    formatError: maskError,
  });
  // Partners read the published API schema as a file, without introspection.
  const apiSchema = readFileSync(path.join(path.dirname(config.SUPERGRAPH_PATH), 'api-schema.graphql'), 'utf8');
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
    // The caller is authenticated from its Authorization header before the body is read; a bad
    // or expired token is refused here with UNAUTHENTICATED and never reaches a subgraph.
    admit: (request) => {
      const result = authenticate(request.headers.authorization, { jwtSecret: config.JWT_SECRET, devIdentityFallback: config.DEV_IDENTITY_FALLBACK });
      if (!result.ok) return result.refusal;
      identities.set(request, result.identity);
      return null;
    },
    context: async (request, requestId) => ({ requestId, identity: identities.get(request) ?? null, logger: logger.child({ requestId }) }),
  });
  if (config.DEV_IDENTITY_FALLBACK) logger.warn('DEV_IDENTITY_FALLBACK is on: callers without a token act as a republican administrator');
  logger.info({ url: http.url, subgraphs: urls }, 'gateway ready');
  return http;
}
