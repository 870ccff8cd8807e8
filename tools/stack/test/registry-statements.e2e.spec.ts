import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { Client } from 'pg';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(240_000);

const ASTANA = '710000000';
const ESIL = '711210000';

/** The federated list the registry must serve with a statement count that does not grow with the page. */
const LIST = `query($first: Int) {
  organizations(first: $first) {
    totalCount
    edges { node {
      id name
      region { code name { kk } }
      district { code name { kk } }
      contacts(first: 3) { totalCount edges { node { kind occurredOn district { code } } } }
      assistanceRequests(first: 3) { totalCount }
    } }
  }
}`;

/**
 * Performance guard: counts every SQL statement the services send to PostgreSQL while the gateway
 * answers a federated list, across all processes, with pg_stat_statements (the stack runs its own
 * PostgreSQL with the module preloaded). The count must be the same for 10 and 100 organizations:
 * one statement per entity type per request, whatever the page size.
 */
describe('registry list through the gateway: SQL statements do not grow with the page size', () => {
  let stack: RunningStack;
  let gateway: GraphQLTestClient;
  let pg: Client;

  beforeAll(async () => {
    stack = await startStack({
      logLevel: 'warn',
      env: { NODE_ENV: 'test' },
      postgresServerOptions: ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.max=10000'],
    });
    gateway = new GraphQLTestClient(stack.gatewayUrl, { identity: null });
    pg = new Client({ connectionString: stack.databaseUrl });
    await pg.connect();
    await pg.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

    // 120 organizations in one import, a contact for each, and a few assistance requests.
    const rows = Array.from({ length: 120 }, (_, i) => `Ерікті топ ${i + 1},INITIATIVE_GROUP,${ASTANA},${ESIL},BILIM`);
    const report = await gateway.data<{ importOrganizations: { ok: boolean; created: number } }>(`mutation($csv: String!) { importOrganizations(csv: $csv) { ok created } }`, {
      csv: ['name,kind,region_code,district_code,directions', ...rows].join('\n'),
    });
    expect(report.importOrganizations).toEqual({ ok: true, created: 120 });
    const ids = (await pg.query<{ id: string }>('SELECT id FROM registry.organization')).rows.map((r) => r.id);
    for (const organizationId of ids) {
      await gateway.data(`mutation($input: LogContactInput!) { logContact(input: $input) { id } }`, {
        input: { organizationId, kind: 'CALL', occurredOn: '2026-01-15', toldAboutOffer: true },
      });
    }
    // Let every consumer finish with the registrations first, so their work is not counted below.
    await eventually(
      async () => {
        const {
          rows: [row],
        } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state <> 'completed' AND name NOT LIKE '\\_\\_%'`);
        return row.n === 0 ? true : undefined;
      },
      60_000,
      250,
    );
    for (const organizationId of ids.slice(0, 5)) {
      await gateway.data(`mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`, {
        input: { organizationId, type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'Кездесу өткізуге орын керек' },
      });
    }
  });

  afterAll(async () => {
    await pg?.end();
    await stack?.stop();
  });

  /** Statements of the services' own schemas while one list request is answered (pg-boss polling left out). */
  async function statementsFor(first: number): Promise<{ total: number; byQuery: { query: string; calls: number }[] }> {
    await eventually(
      async () => {
        const {
          rows: [row],
        } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name NOT LIKE '\\_\\_%'`);
        return row.n === 0 ? true : undefined;
      },
      60_000,
      250,
    );
    await pg.query('SELECT pg_stat_statements_reset()');
    const result = await gateway.data<{ organizations: { edges: { node: { contacts: { totalCount: number } } }[] } }>(LIST, { first });
    expect(result.organizations.edges).toHaveLength(first);
    expect(result.organizations.edges.every((e) => e.node.contacts.totalCount === 1)).toBe(true);
    const rows = (
      await pg.query<{ query: string; calls: string }>(
        `SELECT query, calls FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND query ~* '"?(registry|assistance|analytics|notifications|identity)"?\\.' AND query !~* 'pgboss|pg_stat_statements'`,
      )
    ).rows.map((r) => ({ query: r.query.replace(/\s+/g, ' ').slice(0, 120), calls: Number(r.calls) }));
    return { total: rows.reduce((sum, r) => sum + r.calls, 0), byQuery: rows };
  }

  it('sends as many statements for 100 organizations as for 10', async () => {
    await statementsFor(10); // warm-up: connections, prepared metadata
    // A background job (a scheduled sweep, a reference reload) may land in a window, on a busy
    // machine in more than one: the smallest of three runs counts.
    const fewest = async (first: number) => {
      const runs = [];
      for (let run = 0; run < 3; run += 1) runs.push(await statementsFor(first));
      return runs.sort((a, b) => a.total - b.total)[0];
    };
    const ten = await fewest(10);
    const hundred = await fewest(100);
    // On failure the statements of both runs are printed side by side.
    expect({ total: hundred.total, statements: hundred.byQuery }).toEqual({ total: ten.total, statements: expect.anything() });
    // One statement per entity type: the page and its count, regions, districts, contacts, requests.
    expect(ten.total).toBeLessThanOrEqual(8);
  });
});
