import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, createLogger, verifyGatewaySignature, verifyIdentity } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphDataSource } from './subgraph-data-source';

const SECRET = 'gateway-test-secret-123';
const identity = { userId: 'staff-1', role: Role.REGIONAL_STAFF, regionCode: '710000000' };
const context = { requestId: 'req-42', identity, logger: createLogger('test', 'silent') };

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

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen = request.headers;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { __typename: 'Query' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('forwards the request id and an identity the subgraph can verify', async () => {
    const { port } = server.address() as AddressInfo;
    const source = new SubgraphDataSource('registry', `http://127.0.0.1:${port}/graphql`, SECRET, 5000);
    const response = await process(source);
    expect(response.data).toEqual({ __typename: 'Query' });
    expect(seen[REQUEST_ID_HEADER]).toBe('req-42');
    expect(verifyIdentity(seen[IDENTITY_HEADER] as string, SECRET)).toEqual(identity);
    expect(verifyIdentity(seen[IDENTITY_HEADER] as string, 'some-other-secret-x')).toBeNull();
  });

  it('signs anonymous callers too, since subgraphs refuse anything unsigned', async () => {
    const { port } = server.address() as AddressInfo;
    const source = new SubgraphDataSource('registry', `http://127.0.0.1:${port}/graphql`, SECRET, 5000);
    await process(source, { ...context, identity: null });
    expect(verifyGatewaySignature(seen[IDENTITY_HEADER] as string, SECRET)).toEqual({ valid: true, identity: null });
  });

  it('turns an unreachable subgraph into SERVICE_UNAVAILABLE naming the service, not its address', async () => {
    const source = new SubgraphDataSource('notifications', 'http://127.0.0.1:1/graphql', SECRET, 2000);
    await expect(process(source)).rejects.toMatchObject({
      message: expect.not.stringMatching(/127\.0\.0\.1|:1\b/),
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'notifications' },
    });
  });
});
