import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { Client } from 'pg';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(240_000);

const ASTANA = '710000000';
const ESIL = '711210000';
const ABAI = '100000000';

describe('a registry CSV import reaches assistance and analytics, end to end', () => {
  let stack: RunningStack;
  let gateway: GraphQLTestClient;
  let pg: Client;

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' } });
    gateway = new GraphQLTestClient(stack.gatewayUrl, { identity: null });
    pg = new Client({ connectionString: stack.databaseUrl });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await stack?.stop();
  });

  it('imports 4,500 rows as three batch events; every record lands in the assistance directory and the analytics figures once', async () => {
    const overview = async () =>
      (
        await gateway.data<{ nationalOverview: { organizationCount: number; regions: { region: { code: string }; organizationCount: number }[] } }>(
          '{ nationalOverview { organizationCount regions { region { code } organizationCount } } }',
        )
      ).nationalOverview;
    const before = await overview();
    const rows = Array.from({ length: 4500 }, (_, i) => `Импорт тобы ${i + 1},INITIATIVE_GROUP,${i % 3 ? ASTANA : ABAI},${i % 3 ? ESIL : ''},BILIM`);
    const csv = ['name,kind,region_code,district_code,directions', ...rows].join('\n');
    const report = await gateway.data<{ importOrganizations: { ok: boolean; created: number } }>(`mutation($csv: String!) { importOrganizations(csv: $csv) { ok created } }`, {
      csv,
    });
    expect(report.importOrganizations).toEqual({ ok: true, created: 4500 });
    const {
      rows: [events],
    } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported'`);
    expect(events.n).toBe(3 * 3); // three batches, a job for each of the three consumer queues (assistance, analytics, notifications)

    const directory = async () =>
      (
        await pg.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM assistance.organization_directory d JOIN registry.organization o ON o.id = d.organization_id WHERE o.name LIKE 'Импорт тобы %'`,
        )
      ).rows[0].n;
    await eventually(async () => ((await directory()) === 4500 ? true : undefined), 60_000, 250);
    await eventually(async () => ((await overview()).organizationCount === before.organizationCount + 4500 ? true : undefined), 60_000, 250);
    const after = await overview();
    const count = (o: typeof after, code: string) => o.regions.find((r) => r.region.code === code)?.organizationCount ?? 0;
    const grew = (code: string) => count(after, code) - count(before, code);
    expect([grew(ASTANA), grew(ABAI)]).toEqual([3000, 1500]);

    // Imported records are known to assistance: a request for one is placed in its region at once.
    const {
      rows: [one],
    } = await pg.query<{ id: string }>(`SELECT id FROM registry.organization WHERE name = 'Импорт тобы 2'`);
    const submitted = await gateway.data<{ submitAssistanceRequest: { region: { code: string } | null } }>(
      `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { region { code } } }`,
      { input: { organizationId: one.id, type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'Кездесу өткізуге орын керек' } },
    );
    expect(submitted.submitAssistanceRequest.region).toEqual({ code: ASTANA });

    // The same file again: nothing changes, no event, the figures stay.
    const again = await gateway.data<{ importOrganizations: { ok: boolean; created: number; unchanged: number } }>(
      `mutation($csv: String!) { importOrganizations(csv: $csv) { ok created unchanged } }`,
      { csv },
    );
    expect(again.importOrganizations).toEqual({ ok: true, created: 0, unchanged: 4500 });
    const {
      rows: [still],
    } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported'`);
    expect(still.n).toBe(9);
    expect((await overview()).organizationCount).toBe(before.organizationCount + 4500);
  });

  it('takes a file of more than 1 MiB from the dashboard’s upload (signed-in staff may send up to 16 MiB)', async () => {
    const description = 'Қарттар үйлеріне апта сайын көмек көрсетеміз, мерекелік концерттер ұйымдастырамыз; '.repeat(3);
    const rows = Array.from({ length: 6000 }, (_, i) => `Үлкен файл тобы ${i + 1},INITIATIVE_GROUP,${ASTANA},${ESIL},BILIM,"${description}"`);
    const csv = ['name,kind,region_code,district_code,directions,description', ...rows].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1.5 * 1024 * 1024);
    const report = await gateway.data<{ importOrganizations: { ok: boolean; created: number } }>(`mutation($csv: String!) { importOrganizations(csv: $csv) { ok created } }`, {
      csv,
    });
    expect(report.importOrganizations).toEqual({ ok: true, created: 6000 });
  });
});
