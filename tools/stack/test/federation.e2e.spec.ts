import { IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { seedDemoAccounts } from '../src/demo-accounts';
import { gatewayStack } from './support/gateway-stack';

jest.setTimeout(180_000);

const ABAI_REGION = '100000000';
const SEMEY = '101000000';

describe('the federated graph, end to end with every service running', () => {
  const running = gatewayStack();

  it('reports every service live and ready', async () => {
    const bases = [running.stack.gatewayUrl, ...Object.values(running.stack.urls)].map((url) => url.replace(/\/graphql$/, ''));
    for (const base of bases) {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    }
  });

  it('serves all 20 regions with districts and coverage through the gateway', async () => {
    const data = await running.gateway.data<{ regions: { code: string; districts: { code: string }[]; coverage: { __typename: string } | null }[] }>(
      '{ regions { code districts { code } coverage { __typename } } }',
    );
    expect(data.regions).toHaveLength(20);
    expect(data.regions.every((r) => r.districts.length > 0 && r.coverage?.__typename === 'RegionCoverage')).toBe(true);
  });

  it('answers one query that touches all four data subgraphs after a request is submitted', async () => {
    const created = await running.gateway.data<{ createOrganization: { id: string } }>(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: { name: 'Семей жастары', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: SEMEY, directions: ['BILIM', 'MEDIA'] },
    });
    const organizationId = created.createOrganization.id;
    // Coverage follows the contact log: the district counts as covered after a contact there.
    await running.gateway.data(`mutation($input: LogContactInput!) { logContact(input: $input) { id } }`, {
      input: { organizationId, kind: 'MEETING', occurredOn: new Date().toISOString().slice(0, 10), toldAboutOffer: true },
    });
    // A partner system submits the request: nobody is notified of their own action, so the
    // gateway's identity, which reads the inbox below, must not be the one that acts.
    const key = await running.gateway.data<{ createApiKey: { secret: string } }>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
      input: { name: 'Federation test partner', scopes: ['registry:read', 'assistance:write'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const partner = new GraphQLTestClient(running.stack.gatewayUrl, { unsigned: true, headers: { authorization: `ApiKey ${key.createApiKey.secret}` } });
    const submitted = await partner.data<{ submitAssistanceRequest: { id: string; status: string } }>(
      `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id status } }`,
      { input: { organizationId, type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'Кездесу өткізуге орын керек' } },
    );
    expect(submitted.submitAssistanceRequest.status).toBe('NEW');

    type Everything = {
      organization: {
        name: string;
        region: { code: string; coverage: { coveredDistrictCount: number; districts: { district: { code: string }; covered: boolean }[] } };
        assistanceRequests: { totalCount: number; edges: { node: { id: string; organization: { name: string } } }[] };
      };
      notifications: { edges: { node: { kind: string; organization: { name: string } | null; assistanceRequest: { id: string } | null } }[] };
      nationalOverview: { regions: { region: { code: string }; organizationCount: number; openRequestCount: number }[] };
    };
    const query = `query($id: ID!) {
      organization(id: $id) {
        name
        region { code coverage { coveredDistrictCount districts { district { code } covered } } }
        assistanceRequests(first: 5) { totalCount edges { node { id organization { name } } } }
      }
      notifications(first: 20) { edges { node { kind organization { name } assistanceRequest { id } } } }
      nationalOverview { regions { region { code } organizationCount openRequestCount } }
    }`;
    // Figures and notifications follow the events, so wait until they have arrived.
    const everything = await eventually(
      async () => {
        const result = await running.gateway.data<Everything>(query, { id: organizationId });
        const notified = result.notifications.edges.some((e) => e.node.assistanceRequest?.id === submitted.submitAssistanceRequest.id);
        const abai = result.nationalOverview.regions.find((r) => r.region.code === ABAI_REGION);
        const semey = result.organization.region.coverage.districts.find((d) => d.district.code === SEMEY);
        return notified && abai?.openRequestCount === 1 && semey?.covered ? result : undefined;
      },
      30_000,
      250,
    );

    expect(everything.organization.assistanceRequests.totalCount).toBe(1);
    expect(everything.organization.assistanceRequests.edges[0].node.organization.name).toBe('Семей жастары');
    expect(everything.organization.region.coverage.coveredDistrictCount).toBe(1);
    expect(everything.organization.region.coverage.districts.find((d) => d.district.code === SEMEY)?.covered).toBe(true);
    const notification = everything.notifications.edges.find((e) => e.node.assistanceRequest?.id === submitted.submitAssistanceRequest.id);
    expect(notification?.node).toMatchObject({ kind: 'ASSISTANCE_REQUEST_SUBMITTED', organization: { name: 'Семей жастары' } });
    expect(everything.nationalOverview.regions.find((r) => r.region.code === ABAI_REGION)).toMatchObject({ organizationCount: 1, openRequestCount: 1 });
  });

  it('refuses a direct call to every subgraph without a fresh gateway signature; health and readiness stay open', async () => {
    expect(Object.keys(running.stack.urls).sort()).toEqual(['analytics', 'assistance', 'identity', 'notifications', 'registry']);
    for (const [name, url] of Object.entries(running.stack.urls)) {
      const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect([name, unsigned.status]).toEqual([name, 401]);
      const body = (await unsigned.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/call the gateway/) });
      // A header copied from an earlier gateway request stops working after 60 seconds.
      const stale = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(null, 'birge-development-internal-secret', Date.now() - 61_000) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect([name, stale.status]).toEqual([name, 401]);
      expect((await new GraphQLTestClient(url, { identity: null }).request<{ __typename: string }>('{ __typename }')).data).toEqual({ __typename: 'Query' });
      expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
    }
  });

  it('signs in through the gateway and then acts as that account with its Bearer token', async () => {
    const accounts = await seedDemoAccounts(running.stack.databaseUrl);
    expect(accounts.map((a) => a.role).sort()).toEqual(['ANALYST', 'REGIONAL_STAFF', 'REPUBLICAN_ADMIN']);
    const signIn = async (role: string) => {
      const account = accounts.find((a) => a.role === role);
      const data = await running.gateway.data<{ login: { accessToken: string; refreshToken: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }',
        { email: account?.email, password: account?.password },
      );
      return { ...data.login, client: new GraphQLTestClient(running.stack.gatewayUrl, { identity: null, headers: { authorization: `Bearer ${data.login.accessToken}` } }) };
    };

    const staff = await signIn('REGIONAL_STAFF');
    // `me` comes from the identity subgraph, the region's name from the registry.
    const me = await staff.client.data<{ me: { email: string; role: string; region: { code: string; name: { en: string } } } }>(
      '{ me { email role region { code name { en } } } }',
    );
    expect(me.me).toEqual({ email: 'astana@demo.birge.kz', role: 'REGIONAL_STAFF', region: { code: '710000000', name: { en: 'Astana' } } });
    expect((await staff.client.request('{ staffAccounts { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const admin = await signIn('REPUBLICAN_ADMIN');
    expect((await admin.client.data<{ staffAccounts: { totalCount: number } }>('{ staffAccounts { totalCount } }')).staffAccounts.totalCount).toBeGreaterThanOrEqual(3);

    const refreshed = await running.gateway.data<{ refreshSession: { accessToken: string } }>('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
      t: staff.refreshToken,
    });
    const renewed = new GraphQLTestClient(running.stack.gatewayUrl, { identity: null, headers: { authorization: `Bearer ${refreshed.refreshSession.accessToken}` } });
    expect((await renewed.data<{ me: { email: string } }>('{ me { email } }')).me.email).toBe('astana@demo.birge.kz');

    const forged = await fetch(running.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.accessToken.slice(0, -2)}xx` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps answering when a subgraph is down, with a coded error that reveals no address', async () => {
    await running.stack.stopService('notifications');
    // SIGTERM drains and exits cleanly.
    expect(running.stack.processes.get('notifications')?.child.exitCode).toBe(0);
    const regions = await running.gateway.data<{ regions: { code: string }[] }>('{ regions { code } }');
    expect(regions.regions).toHaveLength(20);

    const result = await running.gateway.request<{ regions: { code: string }[]; notifications: unknown }>('{ regions { code } notifications(first: 1) { totalCount } }');
    expect(result.data?.regions).toHaveLength(20);
    expect(result.data?.notifications).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const text = JSON.stringify(result.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\b/);
    expect(text).not.toContain(String(running.stack.ports.notifications));
  });
});
