import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { runInAuditScope } from '../audit/audit-in-transaction';
import { REQUEST_ID_HEADER } from '../identity/identity';

/** The largest request body a caller may send: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/**
 * The largest request body signed-in staff may send through the gateway (a CSV import of some
 * 40,000 rows), and so the largest a subgraph takes from the gateway: 16 MiB.
 */
export const STAFF_MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface ReadinessCheck {
  (): Promise<{ ready: boolean; reason?: string }>;
}

/** Why a /graphql request is refused before it reaches GraphQL, as an HTTP status and a coded error. */
export interface HttpRefusal {
  status: number;
  code: string;
  message: string;
  /** More machine-readable detail, sent beside the code in `extensions`. */
  details?: Record<string, unknown>;
  /** HTTP headers to send with the refusal, e.g. `retry-after`. */
  headers?: Record<string, string>;
}

export interface GraphqlHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  host: string;
  port: number;
  logger: Logger;
  readiness: ReadinessCheck;
  /** Extra GET routes served as they are, e.g. a published schema file. */
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void>;
  /** Extra public routes that also take POST (e.g. a one-click unsubscribe); they read the body themselves. */
  publicRoutes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void | Promise<void>>;
  /**
   * Decides from the headers alone whether a /graphql request may go on (null) or is refused;
   * /healthz, /readyz and the extra routes are never asked.
   */
  admit?: (request: IncomingMessage) => HttpRefusal | null | Promise<HttpRefusal | null>;
  /**
   * Told of every refused /graphql request with its parsed JSON body (undefined when there was
   * none, or it was not JSON or too large), e.g. to audit refused mutations. Given, the body of
   * a refused request is read (within the size limit) before the refusal is sent.
   */
  onRefusal?: (request: IncomingMessage, refusal: HttpRefusal, body: unknown, requestId: string) => void;
  /** The largest body this request may have, decided after `admit`; DEFAULT_MAX_BODY_BYTES when not given. */
  maxBodyBytes?: number | ((request: IncomingMessage) => number);
  /** How long a request may take to arrive in full, headers and body (30 s when not given). */
  requestTimeoutMs?: number;
  /** Builds the per-request context from the incoming request and its request id. */
  context: (request: IncomingMessage, requestId: string) => Promise<TContext>;
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit / (1024 * 1024)} MiB`);
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the caller can still be told why.
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => (size > limit ? reject(new BodyTooLargeError(limit)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

/**
 * Where this process tells the one that started it its address: with PORT=0 the port is chosen
 * when the server listens, so a launcher (the stack of `npm start` and the end-to-end tests) that
 * sets BIRGE_READY_FILE learns it from there, written whole (renamed into place) once listening.
 */
function announceListening(url: string): void {
  const file = process.env.BIRGE_READY_FILE;
  if (!file) return;
  writeFileSync(`${file}.tmp`, JSON.stringify({ url, pid: process.pid }));
  renameSync(`${file}.tmp`, file);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * A small Node HTTP front for Apollo Server: POST/GET /graphql, /healthz (the process is up)
 * and /readyz (its dependencies answer). No framework, so every service behaves the same.
 */
export async function startGraphqlHttpServer<TContext extends BaseContext>(options: GraphqlHttpServerOptions<TContext>): Promise<RunningHttpServer> {
  const { apollo, logger } = options;
  await apollo.start();

  /** Set once the server is stopping: requests in flight finish, new ones are refused. */
  let closing = false;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (closing) {
      // A request on a connection kept alive from before: refused, and the connection closed, so the stop is not held open.
      response.setHeader('connection', 'close');
      response.setHeader('retry-after', '1');
      return sendJson(response, 503, { errors: [{ message: 'This service is stopping: send the request again', extensions: { code: 'SHUTTING_DOWN' } }] });
    }
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const readiness = await options.readiness().catch((error: Error) => ({ ready: false, reason: error.message }));
      return sendJson(response, readiness.ready ? 200 : 503, readiness.ready ? { status: 'ready' } : { status: 'not ready', reason: readiness.reason });
    }
    const route = options.routes?.[url.pathname];
    if (route && request.method === 'GET') return route(request, response);
    const publicRoute = options.publicRoutes?.[url.pathname];
    if (publicRoute && (request.method === 'GET' || request.method === 'POST')) return publicRoute(request, response);
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'Not found: the GraphQL endpoint is /graphql' });

    const requestId = (request.headers[REQUEST_ID_HEADER] as string | undefined) || randomUUID();
    const refusal = options.admit ? await options.admit(request) : null;
    if (refusal) {
      if (options.onRefusal) {
        let refusedBody: unknown = undefined;
        if (request.method === 'POST') {
          try {
            refusedBody = JSON.parse(await readBody(request, DEFAULT_MAX_BODY_BYTES));
          } catch {
            refusedBody = undefined;
          }
        }
        options.onRefusal(request, refusal, refusedBody, requestId);
      }
      // The body may not have been read: close the connection rather than leave it half-consumed.
      response.setHeader('connection', 'close');
      response.setHeader(REQUEST_ID_HEADER, requestId);
      for (const [name, value] of Object.entries(refusal.headers ?? {})) response.setHeader(name, value);
      return sendJson(response, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }] });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const limit = typeof options.maxBodyBytes === 'function' ? options.maxBodyBytes(request) : (options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
      const raw = await readBody(request, limit);
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const result = await runInAuditScope(() =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(request, requestId),
      }),
    );
    const outHeaders: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
    for (const [key, value] of result.headers) outHeaders[key] = value;
    // An answer finished while stopping closes its connection, so the stop need not wait for the client.
    if (closing) outHeaders.connection = 'close';
    if (result.body.kind === 'complete') {
      // A length up front lets the reader (the gateway) refuse an answer too large before reading it.
      outHeaders['content-length'] = String(Buffer.byteLength(result.body.string));
      response.writeHead(result.status ?? 200, outHeaders);
      response.end(result.body.string);
    } else {
      response.writeHead(result.status ?? 200, outHeaders);
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        response.setHeader('connection', 'close');
        return sendJson(response, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: error.limit } }] });
      }
      logger.error({ err: error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  // A request that has not been fully received in time is dropped rather than held open.
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}/graphql`;
  announceListening(url);
  return {
    server,
    url,
    port,
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
