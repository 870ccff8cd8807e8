import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(180_000);

const ABAI_REGION = '100000000';
const SEMEY = '101000000';

describe('the federated graph, end to end with every service running', () => {
  let stack: RunningStack;
  let gateway: GraphQLTestClient;

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' } });
    // The gateway forwards its own identity; the client sends none.
    gateway = new GraphQLTestClient(stack.gatewayUrl, { identity: null });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('reports every service live and ready', async () => {
    const bases = [stack.gatewayUrl, ...Object.values(stack.urls)].map((url) => url.replace(/\/graphql$/, ''));
    for (const base of bases) {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    }
  });

  it('serves all 20 regions with districts and coverage through the gateway', async () => {
    const data = await gateway.data<{ regions: { code: string; districts: { code: string }[]; coverage: { __typename: string } | null }[] }>(
      '{ regions { code districts { code } coverage { __typename } } }',
    );
    expect(data.regions).toHaveLength(20);
    expect(data.regions.every((r) => r.districts.length > 0 && r.coverage?.__typename === 'RegionCoverage')).toBe(true);
  });

  it('answers one query that touches all four subgraphs after a request is submitted', async () => {
    const created = await gateway.data<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: 'Семей жастары', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: SEMEY, directions: ['BILIM', 'MEDIA'] } },
    );
    const organizationId = created.createOrganization.id;
    // Coverage follows the contact log: the district counts as covered after a contact there.
    await gateway.data(`mutation($input: LogContactInput!) { logContact(input: $input) { id } }`, {
      input: { organizationId, kind: 'MEETING', occurredOn: new Date().toISOString().slice(0, 10), toldAboutOffer: true },
    });
    const submitted = await gateway.data<{ submitAssistanceRequest: { id: string; status: string } }>(
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
    const everything = await eventually(async () => {
      const result = await gateway.data<Everything>(query, { id: organizationId });
      const notified = result.notifications.edges.some((e) => e.node.assistanceRequest?.id === submitted.submitAssistanceRequest.id);
      const abai = result.nationalOverview.regions.find((r) => r.region.code === ABAI_REGION);
      const semey = result.organization.region.coverage.districts.find((d) => d.district.code === SEMEY);
      return notified && abai?.openRequestCount === 1 && semey?.covered ? result : undefined;
    }, 30_000, 250);

    expect(everything.organization.assistanceRequests.totalCount).toBe(1);
    expect(everything.organization.assistanceRequests.edges[0].node.organization.name).toBe('Семей жастары');
    expect(everything.organization.region.coverage.coveredDistrictCount).toBe(1);
    expect(everything.organization.region.coverage.districts.find((d) => d.district.code === SEMEY)?.covered).toBe(true);
    const notification = everything.notifications.edges.find((e) => e.node.assistanceRequest?.id === submitted.submitAssistanceRequest.id);
    expect(notification?.node).toMatchObject({ kind: 'ASSISTANCE_REQUEST_SUBMITTED', organization: { name: 'Семей жастары' } });
    expect(everything.nationalOverview.regions.find((r) => r.region.code === ABAI_REGION)).toMatchObject({ organizationCount: 1, openRequestCount: 1 });
  });

  it('keeps answering when a subgraph is down, with a coded error that reveals no address', async () => {
    await stack.stopService('notifications');
    // SIGTERM drains and exits cleanly.
    expect(stack.processes.get('notifications')?.child.exitCode).toBe(0);
    const regions = await gateway.data<{ regions: { code: string }[] }>('{ regions { code } }');
    expect(regions.regions).toHaveLength(20);

    const result = await gateway.request<{ regions: { code: string }[]; notifications: unknown }>('{ regions { code } notifications(first: 1) { totalCount } }');
    expect(result.data?.regions).toHaveLength(20);
    expect(result.data?.notifications).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const text = JSON.stringify(result.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\b/);
    expect(text).not.toContain(String(stack.ports.notifications));
  });
});
