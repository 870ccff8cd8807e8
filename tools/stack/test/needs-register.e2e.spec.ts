import { eventually } from '@birge/server-testing';
import { Client } from 'pg';
import { DEMO_NEEDS, loadDemoNeeds } from '../src/demo-needs';
import { loadDemoData } from '../src/demo-data';
import { gatewayStack } from './support/gateway-stack';

jest.setTimeout(180_000);

const ASTANA = '710000000';
const ESIL = '711210000';

interface Listed {
  needs: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        status: string;
        region: { code: string; name: { en: string } };
        district: { code: string; name: { en: string } } | null;
        evidence: { organizationIds: string[]; organizations: ({ id: string; name: string } | null)[] };
        statusHistory: { toStatus: string }[];
        comments: { text: string | null }[];
      };
    }[];
  };
}

/**
 * The needs register through the gateway with every service running: the demo entries `npm start`
 * loads, with the names of their regions, districts and evidence organizations resolved by the
 * registry (the federation references analytics returns).
 */
describe('the needs register, end to end through the gateway', () => {
  const running = gatewayStack();

  it("loads the demo register once, in several regions and statuses, and resolves the registry's names for it", async () => {
    await loadDemoData(running.stack.gatewayUrl);
    const call = <T>(query: string, variables?: Record<string, unknown>) => running.gateway.data<T>(query, variables);
    expect(await loadDemoNeeds(call)).toEqual({ loaded: true, needs: DEMO_NEEDS.length });
    expect(await loadDemoNeeds(call)).toEqual({ loaded: false, needs: DEMO_NEEDS.length });

    const listed = await running.gateway.data<Listed>(`{
      needs(first: 50) { totalCount edges { node {
        id status region { code name { en } } district { code name { en } }
        evidence { organizationIds organizations { id name } }
        statusHistory { toStatus } comments { text }
      } } }
    }`);
    const nodes = listed.needs.edges.map((edge) => edge.node);
    expect(listed.needs.totalCount).toBe(DEMO_NEEDS.length);
    expect(new Set(nodes.map((need) => need.region.code)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(nodes.map((need) => need.status))).toEqual(new Set(['OPEN', 'ESCALATED', 'BEING_ADDRESSED', 'RESOLVED', 'NO_LONGER_RELEVANT']));
    expect(nodes.some((need) => need.comments.length > 0)).toBe(true);

    const esil = nodes.find((need) => need.district?.code === ESIL);
    expect(esil).toMatchObject({ region: { code: ASTANA, name: { en: 'Astana' } }, district: { name: { en: 'Esil District' } }, status: 'BEING_ADDRESSED' });
    expect(esil?.statusHistory.map((step) => step.toStatus)).toEqual(['OPEN', 'ESCALATED', 'BEING_ADDRESSED']);
    // Evidence organizations come back with the registry's names, in the order they were cited.
    expect(esil?.evidence.organizationIds.length).toBeGreaterThan(0);
    expect(esil?.evidence.organizations.map((organization) => organization?.id)).toEqual(esil?.evidence.organizationIds);
    expect(esil?.evidence.organizations.every((organization) => typeof organization?.name === 'string' && organization.name.length > 0)).toBe(true);
  });

  it('takes a need from recording to escalation through the gateway, with the request it rests on resolved by assistance', async () => {
    const organization = await running.gateway.data<{ organizations: { edges: { node: { id: string } }[] } }>(
      'query($r: ID) { organizations(first: 1, filter: { regionCode: $r }) { edges { node { id } } } }',
      { r: ASTANA },
    );
    const organizationId = organization.organizations.edges[0]?.node.id;
    const submitted = await running.gateway.data<{ submitAssistanceRequest: { id: string } }>(
      'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }',
      { input: { organizationId, type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'Зал керек' } },
    );
    const requestId = submitted.submitAssistanceRequest.id;
    const recorded = await running.gateway.data<{ recordNeed: { id: string; version: number } }>(
      'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id version } }',
      { input: { regionCode: ASTANA, theme: 'NO_PLACE_TO_MEET', kind: 'MOVEMENT', narrative: 'Зал жоқ', evidence: { assistanceRequestIds: [requestId] } } },
    );
    const moved = await running.gateway.data<{ changeNeedStatus: { status: string; evidence: { assistanceRequests: ({ id: string; subtype: string } | null)[] } } }>(
      'mutation($input: ChangeNeedStatusInput!) { changeNeedStatus(input: $input) { status evidence { assistanceRequests { id subtype } } } }',
      { input: { id: recorded.recordNeed.id, version: recorded.recordNeed.version, status: 'ESCALATED', comment: 'Республикалық кеңсеге' } },
    );
    expect(moved.changeNeedStatus).toEqual({ status: 'ESCALATED', evidence: { assistanceRequests: [{ id: requestId, subtype: 'PREMISES_AND_EQUIPMENT' }] } });
    // The escalation waits, durably, on the notifications queue.
    await eventually(async () => {
      const rows: { n: number }[] = await fetchJobs(running.stack.databaseUrl, recorded.recordNeed.id);
      return rows[0]?.n === 1 ? true : undefined;
    }, 10_000);
  });
});

async function fetchJobs(databaseUrl: string, needId: string): Promise<{ n: number }[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notifications.need-escalated' AND data->'payload'->>'needId' = $1`, [
      needId,
    ]);
    return result.rows;
  } finally {
    await client.end();
  }
}
