import { handleOnce } from '@birge/server-kit';
import { eventually } from '@birge/server-testing';
import { OrganizationKind, type EventEnvelope } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { assistanceConsumers } from '../src/modules/organization/assistance.consumers';
import { ASTANA, AssistanceHarness } from './support/assistance-harness';

const SUBMIT = 'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }';

/**
 * A request submitted while its organization's region is arriving from the registry must end up
 * with the region, whichever transaction commits first; otherwise it would wait forever, seen by
 * no region's staff.
 */
describe('assistance: a request and its organization region arriving at the same moment', () => {
  const harness = new AssistanceHarness();

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('gives a request submitted while the region is being stored that region', async () => {
    const organizationId = randomUUID();
    const arrival = harness.subgraph.dataSource.createQueryRunner();
    await arrival.startTransaction();
    let submission: Promise<unknown> | undefined;
    try {
      // The registry's event is being applied: the directory row is written, no request waits yet.
      await harness.services.requests.organizationRegistered(arrival.manager, { organizationId, regionCode: ASTANA, districtCode: null });
      submission = harness.admin.data(SUBMIT, { input: { organizationId, type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: 'Тіркелуге көмек керек' } });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await arrival.commitTransaction();
    } finally {
      await arrival.release();
    }
    await submission;
    const rows = await harness.query<{ region_code: string | null }>('SELECT region_code FROM assistance.assistance_request WHERE organization_id = $1', [organizationId]);
    expect(rows).toEqual([{ region_code: ASTANA }]);
  });

  it('gives a request submitted while an import batch stores its organization that region', async () => {
    const organizationId = randomUUID();
    const other = randomUUID();
    const waitingOn = async (sql: string) =>
      (await harness.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND ${sql}`)).length > 0;
    // Another writer's uncommitted directory row for a second record of the batch: the batch has looked
    // for waiting requests and then waits, inside its transaction, at its INSERT until this one ends.
    const blocker = harness.subgraph.dataSource.createQueryRunner();
    await blocker.startTransaction();
    let batch: Promise<boolean> | undefined;
    let submission: Promise<unknown> | undefined;
    try {
      await blocker.query('INSERT INTO assistance.organization_directory (organization_id, region_code, district_code) VALUES ($1, $2, NULL)', [other, ASTANA]);
      const ids = [organizationId, other];
      const event: EventEnvelope<'registry.organizations-imported'> = {
        eventId: randomUUID(),
        name: 'registry.organizations-imported',
        occurredAt: new Date().toISOString(),
        payload: {
          importId: randomUUID(),
          batch: 0,
          change: 'REGISTERED',
          organizationIds: ids,
          kinds: ids.map(() => OrganizationKind.NGO),
          regionCodes: ids.map(() => ASTANA),
          districtCodes: ids.map(() => null),
          versions: ids.map(() => 1),
        },
      };
      const imports = assistanceConsumers(harness.services.requests, harness.services.organizationMerges).find((consumer) => consumer.event === event.name);
      if (!imports) throw new Error('assistance consumes no organizations-imported');
      batch = handleOnce(harness.subgraph.dataSource, 'assistance', imports, event);
      await eventually(async () => ((await waitingOn(`query LIKE '%INSERT INTO assistance.organization_directory%SELECT%'`)) ? true : undefined));
      let settled = false;
      submission = harness.admin
        .data(SUBMIT, { input: { organizationId, type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: 'Тіркелуге көмек керек' } })
        .finally(() => (settled = true));
      // Either the submission is done (nothing held it back) or it waits for the batch's lock.
      await eventually(async () => (settled || (await waitingOn(`wait_event = 'advisory'`)) ? true : undefined));
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    await Promise.all([batch, submission]);
    const rows = await harness.query<{ region_code: string | null }>('SELECT region_code FROM assistance.assistance_request WHERE organization_id = $1', [organizationId]);
    expect(rows).toEqual([{ region_code: ASTANA }]);
  });
});
