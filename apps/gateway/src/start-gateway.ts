import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { createLogger, DEVELOPMENT_IDENTITY, loadConfig, startGraphqlHttpServer, type RunningHttpServer } from '@birge/server-kit';
import { readFileSync } from 'node:fs';
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
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
  });
  const http = await startGraphqlHttpServer({
    apollo,
    host: config.HOST,
    port: config.PORT,
    logger,
    readiness: async () => ({ ready: true }),
    // Until login exists every caller acts as the development identity; the security work
    // replaces this function only.
    context: async (_request, requestId) => ({ requestId, identity: DEVELOPMENT_IDENTITY, logger: logger.child({ requestId }) }),
  });
  logger.info({ url: http.url, subgraphs: urls }, 'gateway ready');
  return http;
}
