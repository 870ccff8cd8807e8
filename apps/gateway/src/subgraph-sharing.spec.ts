import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { IDENTITY_HEADER, createLogger, verifyIdentity } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphDataSource } from './subgraph-data-source';
import { SHARE_HEADER } from './subgraph-fetcher';

const SECRET = 'gateway-test-secret-123';
const staff = (userId: string, regionCode = '710000000'): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode });
const limits = { timeoutMs: 5000, maxFetchBytes: 1024 * 1024, maxRequestBytes: 4 * 1024 * 1024 };

/** One read (or write) of a caller's incoming operation, as the gateway's executor sends it. */
function read(source: SubgraphDataSource, identity: Identity | null, query = '{ me { name } }', operation: 'query' | 'mutation' = 'query') {
  const context = { requestId: `req-${Math.random()}`, identity, logger: createLogger('test', 'silent') };
  return source.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query, variables: {} },
    context,
    incomingRequestContext: { operation: { operation }, context, overallCachePolicy: undefined },
  } as never);
}

describe('SubgraphDataSource sharing identical fetches in flight', () => {
  let server: Server;
  let url: string;
  const served: { identity: Identity | null; headers: Record<string, unknown>; port: number }[] = [];
  /** Whether answers are marked the same for everyone. */
  let publicAnswers = false;

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const identity = verifyIdentity(request.headers[IDENTITY_HEADER] as string, SECRET);
        served.push({ identity, headers: request.headers, port: request.socket.remotePort ?? 0 });
        // Slow enough that concurrent identical fetches overlap; the answer names who asked.
        setTimeout(() => {
          const body = JSON.stringify({ data: { me: { name: identity?.userId ?? 'anonymous' } } });
          response.writeHead(200, {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'cache-control': publicAnswers ? 'max-age=300, public' : 'no-store',
          });
          response.end(body);
        }, 50);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(() => {
    served.length = 0;
    publicAnswers = false;
  });

  it('makes one subgraph call for N identical concurrent reads of the same caller, each with its own copy', async () => {
    const source = new SubgraphDataSource('registry', url, SECRET, limits);
    const answers = await Promise.all(Array.from({ length: 8 }, () => read(source, staff('u-1'))));
    expect(served).toHaveLength(1);
    expect(answers.map((answer) => answer.data)).toEqual(Array.from({ length: 8 }, () => ({ me: { name: 'u-1' } })));
    // Each caller parses its own copy: the gateway merges into what it receives.
    expect(new Set(answers.map((answer) => answer.data)).size).toBe(8);
    // The marker stays inside the gateway.
    expect(served[0].headers[SHARE_HEADER]).toBeUndefined();
  });

  it('never shares an answer that depends on who asks across different callers', async () => {
    const source = new SubgraphDataSource('registry', url, SECRET, limits);
    const callers = [staff('u-1'), staff('u-2'), staff('u-1', '750000000'), null];
    const answers = await Promise.all(callers.map((identity) => read(source, identity)));
    expect(served).toHaveLength(4);
    expect(answers.map((answer) => (answer.data as { me: { name: string } }).me.name)).toEqual(['u-1', 'u-2', 'u-1', 'anonymous']);
    expect(served.map((call) => call.identity?.userId ?? null).sort()).toEqual([null, 'u-1', 'u-1', 'u-2']);
  });

  it('shares across callers once the subgraph has declared that answer public', async () => {
    const source = new SubgraphDataSource('registry', url, SECRET, limits);
    publicAnswers = true;
    await read(source, staff('u-1'), '{ regions { code } }');
    served.length = 0;
    await Promise.all([staff('u-2'), staff('u-3'), null, staff('u-4')].map((identity) => read(source, identity, '{ regions { code } }')));
    expect(served).toHaveLength(1);
    // Another document is not public until its own answer says so.
    served.length = 0;
    await Promise.all([staff('u-2'), staff('u-3')].map((identity) => read(source, identity, '{ me { name } }')));
    expect(served).toHaveLength(2);
  });

  it('never shares a mutation, nor anything when sharing is off', async () => {
    const source = new SubgraphDataSource('registry', url, SECRET, limits);
    await Promise.all(Array.from({ length: 3 }, () => read(source, staff('u-1'), 'mutation { touch }', 'mutation')));
    expect(served).toHaveLength(3);
    served.length = 0;
    const unshared = new SubgraphDataSource('registry', url, SECRET, { ...limits, share: false });
    await Promise.all(Array.from({ length: 3 }, () => read(unshared, staff('u-1'))));
    expect(served).toHaveLength(3);
  });

  it("keeps connections open between fetches (pooled), and works the same through Node's own fetch when the pool is off", async () => {
    const pooled = new SubgraphDataSource('registry', url, SECRET, limits);
    for (let i = 0; i < 10; i += 1) await read(pooled, staff(`p-${i}`));
    // Ten fetches one after another reuse pooled connections, none opened for each: the process's one
    // agent may still hold the connections the earlier tests' concurrent fetches opened (up to 4).
    expect(new Set(served.map((call) => call.port)).size).toBeLessThanOrEqual(4);
    const fresh = new SubgraphDataSource('registry', url, SECRET, { ...limits, keepAlive: false });
    expect((await read(fresh, staff('f-1'))).data).toEqual({ me: { name: 'f-1' } });
  });

  it('gives up on a subgraph that does not answer within the deadline', async () => {
    const source = new SubgraphDataSource('registry', url, SECRET, { ...limits, timeoutMs: 20 });
    await expect(read(source, staff('u-1'))).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'registry' } });
  });
});
