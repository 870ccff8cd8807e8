import { DEV_PORTAL_LINK_SECRET, signPortalToken, type RunningHttpServer } from '@birge/server-kit';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../src/start-gateway';

const claims = {
  linkId: '6f1e4b6a-9d1c-4c56-9a57-1f6b7f0a2b11',
  organizationId: '0b7c1a8e-2f3d-4e5a-8b9c-0d1e2f3a4b5c',
  regionCode: '710000000',
  contactEmail: 'aliya@example.kz',
};
const SUBMIT = 'mutation { organizationPortalSubmitRequest(input: { type: CONSULTATIVE, subtype: GRANT_AND_REPORTING_DOCUMENTS, description: "Грантқа өтінім" }) { id } }';

const bodyOf = (request: IncomingMessage) =>
  new Promise<{ query: string }>((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string }));
  });

const listen = async (handle: (query: string) => unknown): Promise<Server> => {
  const server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(handle(body.query)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

/**
 * Revoking a portal link takes effect at once: a stand-in registry keeps the link's state, a
 * stand-in assistance answers the contact's operations; the request right after the revocation is
 * refused with PORTAL_LINK_REVOKED and never reaches assistance.
 */
describe('gateway: a revoked portal link', () => {
  let registry: Server;
  let assistance: Server;
  let gateway: RunningHttpServer;
  let linkState = 'ACTIVE';
  let submitted = 0;

  beforeAll(async () => {
    registry = await listen((query) => (query.includes('_portalLinkState') ? { data: { _portalLinkState: linkState } } : { data: null }));
    assistance = await listen(() => {
      submitted += 1;
      return { data: { organizationPortalSubmitRequest: { id: `r-${submitted}` } } };
    });
    const nowhere = 'http://127.0.0.1:9/graphql';
    gateway = await startGateway({
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      INTERNAL_SECRET: 'gateway-portal-test-internal-secret',
      JWT_SECRET: 'gateway-portal-test-jwt-secret-of-32-chars',
      PORTAL_LINK_SECRET: DEV_PORTAL_LINK_SECRET,
      REGISTRY_URL: urlOf(registry),
      ASSISTANCE_URL: urlOf(assistance),
      ANALYTICS_URL: nowhere,
      NOTIFICATIONS_URL: nowhere,
      IDENTITY_URL: nowhere,
      SUBGRAPH_TIMEOUT_MS: '2000',
    });
  });

  afterAll(async () => {
    await gateway.close();
    await new Promise<void>((resolve) => registry.close(() => resolve()));
    await new Promise<void>((resolve) => assistance.close(() => resolve()));
  });

  it('is refused with PORTAL_LINK_REVOKED on the very next assistance operation, which assistance never sees', async () => {
    const token = await signPortalToken(claims, DEV_PORTAL_LINK_SECRET, new Date(Date.now() + 3_600_000));
    const submit = async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Portal ${token}` },
        body: JSON.stringify({ query: SUBMIT }),
      });
      return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
    };
    const before = await submit();
    expect(before.body).toEqual({ data: { organizationPortalSubmitRequest: { id: 'r-1' } } });

    linkState = 'REVOKED';
    const after = await submit();
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_REVOKED' });
    expect(submitted).toBe(1);
  });
});
