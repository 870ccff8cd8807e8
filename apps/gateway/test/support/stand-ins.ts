import { IDENTITY_HEADER, type RunningHttpServer } from '@birge/server-kit';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../src/start-gateway';

/** A subgraph address nothing listens on: a gateway test asks no subgraph it does not stand in for. */
export const NOWHERE = 'http://127.0.0.1:9/graphql';

/** A GraphQL request as a stand-in subgraph received it. */
export interface StandInRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface StandIn {
  url: string;
  close(): Promise<void>;
}

/** A stand-in subgraph on a free local port, answering each GraphQL request with what `answer` returns (sent as JSON). */
export async function startStandIn(answer: (request: StandInRequest) => unknown): Promise<StandIn> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Omit<StandInRequest, 'headers'>;
      void Promise.resolve(answer({ ...body, headers: request.headers })).then((result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => {
      // Kept-alive connections from the gateways would hold close() open until they time out.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A stand-in registry that answers `{ regions { code } }` with Astana and tells `record` the identity header each request carried. */
export function startRegionsRegistry(record: (identityHeader: string | undefined) => void): Promise<StandIn> {
  return startStandIn(({ headers }) => {
    record(headers[IDENTITY_HEADER] as string | undefined);
    return { data: { regions: [{ code: '710000000' }] } };
  });
}

/**
 * Gateways for one test file, each started on a free port with `settings()` and then its own
 * settings on top; every subgraph is NOWHERE unless the settings name a stand-in. `closeAll` stops
 * those started.
 */
export function testGateways(settings: () => NodeJS.ProcessEnv = () => ({})) {
  const started: RunningHttpServer[] = [];
  return {
    start: async (extra: NodeJS.ProcessEnv = {}): Promise<RunningHttpServer> => {
      const gateway = await startGateway({
        PORT: '0',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        REGISTRY_URL: NOWHERE,
        ASSISTANCE_URL: NOWHERE,
        ANALYTICS_URL: NOWHERE,
        NOTIFICATIONS_URL: NOWHERE,
        IDENTITY_URL: NOWHERE,
        SUBGRAPH_TIMEOUT_MS: '2000',
        ...settings(),
        ...extra,
      });
      started.push(gateway);
      return gateway;
    },
    closeAll: async () => {
      for (const gateway of started) await gateway.close();
    },
  };
}

export interface GatewayAnswer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Sends one GraphQL operation to the gateway, as JSON, with these headers. */
export async function post(gateway: RunningHttpServer, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<GatewayAnswer> {
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GatewayAnswer['body'] };
}
