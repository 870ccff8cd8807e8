import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, createLogger, verifyGatewaySignature, verifyIdentity } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphDataSource } from './subgraph-data-source';

const SECRET = 'gateway-test-secret-123';
const identity = { userId: 'staff-1', role: Role.REGIONAL_STAFF, regionCode: '710000000' };
const context = { requestId: 'req-42', identity, logger: createLogger('test', 'silent') };
const limits = (timeoutMs: number, maxFetchBytes = 1024 * 1024, maxRequestBytes = 4 * 1024 * 1024) => ({ timeoutMs, maxFetchBytes, maxRequestBytes });

function process(source: SubgraphDataSource, requestContext: object = context) {
  return source.process({
    kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
    request: { query: '{ __typename }' },
    context: requestContext,
  } as never);
}

describe('SubgraphDataSource', () => {
  let server: Server;
  let seen: Record<string, string | string[] | undefined> = {};
  /** The answer's padding, and whether it is sent with its length (or streamed in chunks without one). */
  let padding = '';
  let declareLength = true;

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen = request.headers;
      if (request.url?.includes('refuse')) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: 'Variable "$f" got invalid value "yesterday"', extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }] }));
        return;
      }
      const body = JSON.stringify({ data: { __typename: 'Query' }, extensions: { padding } });
      if (declareLength) {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        response.end(body);
      } else {
        response.writeHead(200, { 'content-type': 'application/json' });
        for (let at = 0; at < body.length; at += 16 * 1024) response.write(body.slice(at, at + 16 * 1024));
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  afterEach(() => {
    padding = '';
    declareLength = true;
  });

  it('forwards the request id and an identity the subgraph can verify', async () => {
    const { port } = server.address() as AddressInfo;
    const source = new SubgraphDataSource('registry', `http://127.0.0.1:${port}/graphql`, SECRET, limits(5000));
    const response = await process(source);
    expect(response.data).toEqual({ __typename: 'Query' });
    expect(seen[REQUEST_ID_HEADER]).toBe('req-42');
    expect(verifyIdentity(seen[IDENTITY_HEADER] as string, SECRET)).toEqual(identity);
    expect(verifyIdentity(seen[IDENTITY_HEADER] as string, 'some-other-secret-x')).toBeNull();
  });

  it('signs anonymous callers too, since subgraphs refuse anything unsigned', async () => {
    const { port } = server.address() as AddressInfo;
    const source = new SubgraphDataSource('registry', `http://127.0.0.1:${port}/graphql`, SECRET, limits(5000));
    await process(source, { ...context, identity: null });
    expect(verifyGatewaySignature(seen[IDENTITY_HEADER] as string, SECRET)).toEqual({ valid: true, identity: null });
  });

  it('turns an unreachable subgraph into SERVICE_UNAVAILABLE naming the service, not its address', async () => {
    const source = new SubgraphDataSource('notifications', 'http://127.0.0.1:1/graphql', SECRET, limits(2000));
    await expect(process(source)).rejects.toMatchObject({
      message: expect.not.stringMatching(/127\.0\.0\.1|:1\b/),
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'notifications' },
    });
  });

  it("passes on a subgraph's coded refusal (a 4xx) as it is, not as an outage", async () => {
    const { port } = server.address() as AddressInfo;
    const source = new SubgraphDataSource('identity', `http://127.0.0.1:${port}/graphql?refuse`, SECRET, limits(5000));
    await expect(process(source)).rejects.toMatchObject({ message: 'Variable "$f" got invalid value "yesterday"', extensions: { code: 'BAD_USER_INPUT', service: 'identity' } });
  });

  it.each([true, false])('refuses an answer larger than one fetch may bring, with or without its length declared (%s)', async (declared) => {
    const { port } = server.address() as AddressInfo;
    const source = new SubgraphDataSource('registry', `http://127.0.0.1:${port}/graphql`, SECRET, limits(5000, 100 * 1024));
    declareLength = declared;
    padding = 'x'.repeat(90 * 1024);
    expect((await process(source, { ...context })).data).toEqual({ __typename: 'Query' });
    padding = 'x'.repeat(200 * 1024);
    await expect(process(source, { ...context })).rejects.toMatchObject({ extensions: { code: 'RESPONSE_TOO_LARGE', service: 'registry', limitBytes: 100 * 1024 } });
  });

  it("counts every fetch of one request against the request's total", async () => {
    const { port } = server.address() as AddressInfo;
    const registry = new SubgraphDataSource('registry', `http://127.0.0.1:${port}/graphql`, SECRET, limits(5000, 100 * 1024, 250 * 1024));
    const assistance = new SubgraphDataSource('assistance', `http://127.0.0.1:${port}/graphql`, SECRET, limits(5000, 100 * 1024, 250 * 1024));
    padding = 'x'.repeat(90 * 1024);
    const oneRequest = { ...context };
    await process(registry, oneRequest);
    await process(assistance, oneRequest);
    await expect(process(registry, oneRequest)).rejects.toMatchObject({ extensions: { code: 'RESPONSE_TOO_LARGE' } });
    // Another request starts with its own allowance.
    expect((await process(registry, { ...context })).data).toEqual({ __typename: 'Query' });
  });
});
