import {
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  OrganizationKind,
  VerificationStatus,
  type EventEnvelope,
  type EventName,
  type EventPayloads,
} from '@birge/shared-reference';
import { assistanceRequestState, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ABAI, KURCHATOV, SEMEY, analyticsTestbed } from './support/analytics-testbed';

const envelope = <N extends EventName>(name: N, payload: EventPayloads[N]): EventEnvelope<N> => ({
  eventId: randomUUID(),
  name,
  occurredAt: new Date().toISOString(),
  payload,
});

/**
 * Events of one record travel on separate queues, so analytics may get them in any order. These
 * tests hand the recorder events in the orders that used to leave wrong figures behind.
 */
describe('analytics: facts are right whatever order the events arrive in', () => {
  const bed = analyticsTestbed();
  let client: GraphQLTestClient;

  beforeAll(async () => {
    client = new GraphQLTestClient(bed.subgraph.url);
  });

  const record = (event: EventEnvelope) => bed.subgraph.services.facts.record(event);
  const overview = async () =>
    (await client.data<{ nationalOverview: { organizationCount: number; openRequestCount: number } }>('{ nationalOverview { organizationCount openRequestCount } }'))
      .nationalOverview;

  it('counts a request by its newest state: a resolution that overtook the submission, a late older change ignored', async () => {
    const before = await overview();
    const submitted = assistanceRequestState({ regionCode: ABAI });
    const triaged = { ...submitted, status: AssistanceRequestStatus.TRIAGED, version: 2 };
    const resolved = { ...submitted, status: AssistanceRequestStatus.RESOLVED, outcome: AssistanceOutcomeResult.TRAINING_DELIVERED, version: 4 };
    const base = { requestId: submitted.requestId, organizationId: submitted.organizationId, regionCode: ABAI };
    expect(
      await record(envelope('assistance.request-status-changed', { ...base, from: AssistanceRequestStatus.IN_PROGRESS, to: AssistanceRequestStatus.RESOLVED, state: resolved })),
    ).toBe(true);
    expect(await record(envelope('assistance.request-submitted', { ...base, type: submitted.type, subtype: submitted.subtype, status: submitted.status, state: submitted }))).toBe(
      true,
    );
    expect(await record(envelope('assistance.request-status-changed', { ...base, from: AssistanceRequestStatus.NEW, to: AssistanceRequestStatus.TRIAGED, state: triaged }))).toBe(
      true,
    );
    expect((await overview()).openRequestCount).toBe(before.openRequestCount);
    const [fact] = await bed.subgraph.dataSource.query('SELECT status, outcome, version FROM analytics.request_fact WHERE request_id = $1', [submitted.requestId]);
    expect(fact).toEqual({ status: 'RESOLVED', outcome: 'TRAINING_DELIVERED', version: 4 });
  });

  it('keeps a merged organization out of the counts when its registration or an edit arrives after the merge', async () => {
    const before = await overview();
    const keptId = randomUUID();
    const mergedId = randomUUID();
    await record(envelope('registry.organization-registered', { organizationId: keptId, name: 'K', kind: OrganizationKind.NGO, regionCode: ABAI, districtCode: null }));
    await record(envelope('registry.organizations-merged', { keptId, mergedId, regionCode: ABAI, districtCode: SEMEY, keptKind: OrganizationKind.NGO, keptVersion: 3 }));
    await record(envelope('registry.organization-registered', { organizationId: mergedId, name: 'M', kind: OrganizationKind.NGO, regionCode: ABAI, districtCode: SEMEY }));
    await record(
      envelope('registry.organization-updated', { organizationId: mergedId, name: 'M', kind: OrganizationKind.NGO, regionCode: ABAI, districtCode: KURCHATOV, version: 2 }),
    );
    // An edit of the kept record older than the merge does not undo the district the merge gave it.
    await record(envelope('registry.organization-updated', { organizationId: keptId, name: 'K', kind: OrganizationKind.NGO, regionCode: ABAI, districtCode: null, version: 2 }));
    expect((await overview()).organizationCount).toBe(before.organizationCount + 1);
    const facts = await bed.subgraph.dataSource.query(
      'SELECT organization_id AS id, district_code AS district, merged_into AS "mergedInto" FROM analytics.organization_fact WHERE organization_id = ANY($1::uuid[]) ORDER BY merged_into NULLS FIRST',
      [[keptId, mergedId]],
    );
    expect(facts).toEqual([
      { id: keptId, district: SEMEY, mergedInto: null },
      // A tombstone's place does not matter: it is never counted.
      { id: mergedId, district: expect.any(String), mergedInto: keptId },
    ]);
  });

  it('keeps the newest verification status of an organization, one derived earlier arriving later changes nothing', async () => {
    const organizationId = randomUUID();
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString();
    const verified = { organizationId, regionCode: ABAI, status: VerificationStatus.VERIFIED, verifiedAt: at(5), changedAt: at(5) };
    await record(envelope('registry.organization-verification-changed', verified));
    await record(envelope('registry.organization-verification-changed', { ...verified, status: VerificationStatus.IN_REVIEW, verifiedAt: null, changedAt: at(1) }));
    const rows = await bed.subgraph.dataSource.query('SELECT status FROM analytics.organization_verification WHERE organization_id = $1', [organizationId]);
    expect(rows).toEqual([{ status: 'VERIFIED' }]);
  });

  it("acknowledges a request event queued before events carried the request's state, changing nothing (the rebuild settles it)", async () => {
    const requestId = randomUUID();
    const legacy = { requestId, organizationId: randomUUID(), regionCode: ABAI, from: AssistanceRequestStatus.NEW, to: AssistanceRequestStatus.TRIAGED };
    expect(await record(envelope('assistance.request-status-changed', legacy as EventPayloads['assistance.request-status-changed']))).toBe(true);
    expect(await bed.subgraph.dataSource.query('SELECT 1 FROM analytics.request_fact WHERE request_id = $1', [requestId])).toEqual([]);
  });

  it('records a redelivered event once', async () => {
    const event = envelope('registry.organization-registered', { organizationId: randomUUID(), name: 'R', kind: OrganizationKind.NGO, regionCode: ABAI, districtCode: null });
    expect(await record(event)).toBe(true);
    expect(await record(event)).toBe(false);
  });
});
