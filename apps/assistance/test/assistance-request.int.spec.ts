import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { createTestDatabase, eventually, GraphQLTestClient, TestEvents, type TestDatabase } from '@birge/server-testing';
import { ADMIN } from './support/assistance-harness';
import { randomUUID } from 'node:crypto';
import type { AssistanceServices } from '../src/assistance.context';
import { assistanceSubgraph } from '../src/assistance.subgraph';

const ASTANA = '710000000';
const SUBMIT = `mutation Submit($input: SubmitAssistanceRequestInput!) {
  submitAssistanceRequest(input: $input) { id type subtype status description organization { id } }
}`;

describe('assistance subgraph: requests', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AssistanceServices>;
  let client: GraphQLTestClient;
  let events: TestEvents;

  const announceOrganization = (organizationId: string) =>
    events.publish('registry.organization-registered', { organizationId, name: 'Test', kind: 'NGO' as never, regionCode: ASTANA, districtCode: null });

  const submittedEvents = async (requestId: string) =>
    (await subgraph.dataSource.query(`SELECT name, data FROM pgboss.job WHERE data->'payload'->>'requestId' = $1`, [requestId])) as {
      name: string;
      data: { payload: { regionCode: string } };
    }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(assistanceSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    events = await TestEvents.start(db.url, subgraph.dataSource);
    client = new GraphQLTestClient(subgraph.url, { identity: ADMIN });
  });

  afterAll(async () => {
    await events?.stop();
    await subgraph?.stop();
    await db?.drop();
  });

  it('submits a request for a known organization and emits the submitted event with its region', async () => {
    const organizationId = randomUUID();
    await announceOrganization(organizationId);
    await eventually(async () => {
      const rows = await subgraph.dataSource.query('SELECT 1 FROM assistance.organization_directory WHERE organization_id = $1', [organizationId]);
      return rows.length ? true : undefined;
    });
    const data = await client.data<{ submitAssistanceRequest: { id: string; status: string } }>(SUBMIT, {
      input: { organizationId, type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Грант өтінімін дайындауға көмек керек' },
    });
    expect(data.submitAssistanceRequest.status).toBe('NEW');
    const events = await submittedEvents(data.submitAssistanceRequest.id);
    expect(events.map((e) => e.name).sort()).toEqual(['analytics.request-figures', 'notifications.request-submitted']);
    expect(events[0].data.payload.regionCode).toBe(ASTANA);
  });

  it('keeps a request for an organization it has not heard of yet and releases it when the event arrives', async () => {
    const organizationId = randomUUID();
    const data = await client.data<{ submitAssistanceRequest: { id: string } }>(SUBMIT, {
      input: { organizationId, type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'A room for a weekly meeting' },
    });
    const requestId = data.submitAssistanceRequest.id;
    expect(await submittedEvents(requestId)).toHaveLength(0);

    await announceOrganization(organizationId);
    const events = await eventually(async () => {
      const found = await submittedEvents(requestId);
      return found.length ? found : undefined;
    });
    expect(events).toHaveLength(2);
    const [row] = await subgraph.dataSource.query('SELECT region_code FROM assistance.assistance_request WHERE id = $1', [requestId]);
    expect(row.region_code).toBe(ASTANA);
  });

  it('handles a redelivered registry event once', async () => {
    const organizationId = randomUUID();
    await client.data(SUBMIT, { input: { organizationId, type: 'INFORMATIONAL', subtype: 'COOPERATION', description: 'Who else works with youth here?' } });
    const envelope = await announceOrganization(organizationId);
    // The same envelope again, as pg-boss may deliver it after a crash between commit and acknowledgement.
    await events.redeliver('assistance.organization-directory', envelope);
    await eventually(async () => ((await events.completed('assistance.organization-directory', envelope.eventId)) === 2 ? true : undefined));
    const [{ n }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notifications.request-submitted' AND data->'payload'->>'organizationId' = $1`,
      [organizationId],
    );
    expect(n).toBe(1);
  });

  it('refuses a sub-type of another type, a short description and a malformed id, storing nothing', async () => {
    const [{ n: before }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM assistance.assistance_request');
    const mismatch = await client.request(SUBMIT, {
      input: { organizationId: randomUUID(), type: 'INFORMATIONAL', subtype: 'TRAINING', description: 'Training for our volunteers' },
    });
    expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'subtype', code: 'SUBTYPE_NOT_IN_TYPE' }] });
    const short = await client.request(SUBMIT, { input: { organizationId: 'nope', type: 'ADMINISTRATIVE', subtype: 'TRAINING', description: 'x' } });
    expect(short.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`)).toEqual(expect.arrayContaining(['organizationId:ISUUID', 'description:TOO_SHORT']));
    const [{ n: after }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM assistance.assistance_request');
    expect(after).toBe(before);
  });

  it("contributes an organization's requests, paginated, batched across organizations", async () => {
    const a = randomUUID();
    const b = randomUUID();
    for (let i = 0; i < 3; i++) {
      await client.data(SUBMIT, { input: { organizationId: a, type: 'ADMINISTRATIVE', subtype: 'TRAINING', description: `Training number ${i}` } });
    }
    await client.data(SUBMIT, { input: { organizationId: b, type: 'ADMINISTRATIVE', subtype: 'TRAINING', description: 'Only one for b' } });
    type Result = {
      _entities: { assistanceRequests: { totalCount: number; edges: { node: { description: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }[];
    };
    const query = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Organization {
      assistanceRequests(first: 2, after: $after) { totalCount edges { node { description } } pageInfo { hasNextPage endCursor } } } } }`;
    const page = await client.data<Result>(query, {
      r: [
        { __typename: 'Organization', id: a },
        { __typename: 'Organization', id: b },
      ],
    });
    expect(page._entities[0].assistanceRequests.totalCount).toBe(3);
    expect(page._entities[0].assistanceRequests.edges.map((e) => e.node.description)).toEqual(['Training number 2', 'Training number 1']);
    expect(page._entities[1].assistanceRequests.edges.map((e) => e.node.description)).toEqual(['Only one for b']);
    const next = await client.data<Result>(query, { r: [{ __typename: 'Organization', id: a }], after: page._entities[0].assistanceRequests.pageInfo.endCursor });
    expect(next._entities[0].assistanceRequests.edges.map((e) => e.node.description)).toEqual(['Training number 0']);
    expect(next._entities[0].assistanceRequests.pageInfo.hasNextPage).toBe(false);
  });
});
