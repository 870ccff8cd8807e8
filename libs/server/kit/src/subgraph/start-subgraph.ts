import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { auditPlugin } from '../audit/audit-plugin';
import { auditInTransaction } from '../audit/audit-in-transaction';
import { eventAuditSink } from '../audit/event-audit-sink';
import { loadConfig, subgraphConfigSchema, type SubgraphConfig } from '../config/load-config';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { databaseReadiness, migrate, openSubgraphDatabase, type SubgraphDatabase } from '../database/data-source';
import { formatError } from '../errors/format-error';
import { EventBus } from '../events/event-bus';
import { STAFF_MAX_BODY_BYTES, startGraphqlHttpServer } from '../http/graphql-http-server';
import { loggingPlugin } from '../http/logging-plugin';
import { exitOnSignals } from './graceful-exit';
import { chargeListsToBudget, requestBudgetPlugin } from '../limits/request-budget.plugin';
import { IDENTITY_HEADER, verifyGatewaySignature, type GatewaySignatureCheck } from '../identity/identity';
import { createLogger } from '../logging/logger';
import { operationCachePolicyPlugin } from '../schema/operation-cache-policy';

export interface SubgraphDependencies {
  config: SubgraphConfig;
  dataSource: DataSource;
  events: EventBus;
  logger: Logger;
  /** The environment the subgraph was started with, for settings of its own (e.g. identity's JWT_SECRET). */
  env: NodeJS.ProcessEnv;
}

export interface SubgraphDefinition<TServices> extends SubgraphDatabase {
  defaultPort: number;
  buildSchema(): Promise<GraphQLSchema>;
  createServices(deps: SubgraphDependencies): TServices;
  /** Starts the subgraph's event consumers, if any. */
  startConsumers?(deps: SubgraphDependencies, services: TServices): Promise<void>;
  /** Stops what startConsumers started besides the event bus (e.g. a sender polling a table), before the database closes. */
  stopWorkers?(services: TServices): Promise<void>;
  /**
   * Public HTTP routes beside /graphql (GET and POST, no gateway signature), e.g. the one-click
   * unsubscribe a mail client posts to. Keep them few, idempotent, and safe for anyone to call.
   */
  publicRoutes?(services: TServices): Record<string, (request: IncomingMessage, response: ServerResponse) => void | Promise<void>>;
  /**
   * Every mutation is audited (auditPlugin, sent as durable `audit.mutation-recorded` events to
   * the identity subgraph's `identity.audit` queue) unless this is false.
   */
  audit?: boolean;
}

export type SubgraphContext<TServices> = RequestContext & { services: TServices };

export interface RunningSubgraph<TServices> {
  url: string;
  port: number;
  services: TServices;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** config -> database (migrated) -> event bus -> schema -> HTTP server -> consumers. */
export async function startSubgraph<TServices>(definition: SubgraphDefinition<TServices>, env: NodeJS.ProcessEnv = process.env): Promise<RunningSubgraph<TServices>> {
  const config = loadConfig(subgraphConfigSchema(definition.defaultPort), env);
  const logger = createLogger(definition.name, config.LOG_LEVEL);

  const dataSource = await openSubgraphDatabase(definition, config.DATABASE_URL, { poolSize: config.DB_POOL_SIZE, applicationName: `birge-${definition.name}` });
  if (config.MIGRATE_ON_START) {
    const applied = await migrate(dataSource, definition.name);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const events = await EventBus.start({ url: config.DATABASE_URL, logger });
  if (definition.audit !== false) auditInTransaction(dataSource, events);
  const deps: SubgraphDependencies = { config, dataSource, events, logger, env };
  const services = definition.createServices(deps);

  const schema = chargeListsToBudget(await definition.buildSchema());
  const apollo = new ApolloServer<SubgraphContext<TServices>>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: config.NODE_ENV === 'development',
    formatError: (formatted, error) => formatError(formatted, error, (e) => logger.error({ err: e }, 'internal error')),
    plugins: [
      loggingPlugin(),
      ApolloServerPluginInlineTraceDisabled(),
      // Cache-Control from the operation's text, not from a hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      operationCachePolicyPlugin(),
      requestBudgetPlugin({ maxResolvedFields: config.MAX_RESOLVED_FIELDS, deadlineMs: config.REQUEST_DEADLINE_MS }),
      ...(definition.audit === false ? [] : [auditPlugin<SubgraphContext<TServices>>({ service: definition.name, sink: eventAuditSink(dataSource, events), logger })]),
    ],
  });
  // The signature `admit` verified, read again by `context` for the same request rather than verified twice.
  const admitted = new WeakMap<IncomingMessage, Extract<GatewaySignatureCheck, { valid: true }>>();
  const http = await startGraphqlHttpServer({
    apollo,
    host: config.HOST,
    port: config.PORT,
    logger,
    readiness: () => databaseReadiness(dataSource),
    publicRoutes: definition.publicRoutes?.(services),
    // Only the gateway's signed requests get past `admit`, and it has held its callers to their limits.
    maxBodyBytes: STAFF_MAX_BODY_BYTES,
    // Subgraphs accept the gateway only: every GraphQL request must carry its fresh signature,
    // anonymous callers included. Health and readiness stay open for probes.
    admit: (request) => {
      const check = verifyGatewaySignature(request.headers[IDENTITY_HEADER] as string | undefined, config.INTERNAL_SECRET);
      if (check.valid) {
        admitted.set(request, check);
        return null;
      }
      logger.warn({ reason: check.reason, remote: request.socket.remoteAddress }, 'request without a valid gateway signature refused');
      return { status: 401, code: 'UNAUTHENTICATED', message: 'This service accepts requests from the Birge gateway only: call the gateway' };
    },
    context: async (request, requestId) => {
      const check = admitted.get(request) ?? verifyGatewaySignature(request.headers[IDENTITY_HEADER] as string | undefined, config.INTERNAL_SECRET);
      const internalCaller = check.valid ? check.internalCaller : undefined;
      return { ...createRequestContext(requestId, check.valid ? check.identity : null, logger), services, ...(internalCaller ? { internalCaller } : {}) };
    },
  });
  await definition.startConsumers?.(deps, services);
  logger.info({ url: http.url }, `${definition.name} subgraph ready`);

  let stopping: Promise<void> | null = null;
  return {
    url: http.url,
    port: http.port,
    services,
    dataSource,
    stop() {
      stopping ??= (async () => {
        await http.close();
        await definition.stopWorkers?.(services);
        await events.stop();
        await dataSource.destroy();
        logger.info(`${definition.name} subgraph stopped`);
      })();
      return stopping;
    },
  };
}

/** Process entry point: start, and stop cleanly on SIGTERM/SIGINT (see exitOnSignals). */
export function runSubgraphProcess<TServices>(definition: SubgraphDefinition<TServices>): void {
  startSubgraph(definition)
    .then((running) => exitOnSignals(definition.name, () => running.stop()))
    .catch((error: unknown) => {
      console.error(`${definition.name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
