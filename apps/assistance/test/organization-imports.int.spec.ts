import { handleOnce } from '@birge/server-kit';
import { eventually } from '@birge/server-testing';
import { consumerQueue, OrganizationKind, type OrganizationsImportedPayload } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { assistanceConsumers } from '../src/modules/organization/assistance.consumers';
import { ALMATY, ASTANA, AssistanceHarness } from './support/assistance-harness';

const ORGANIZATION_IMPORTS_QUEUE = consumerQueue('registry.organizations-imported', 'assistance');

const SUBMIT = `mutation Submit($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`;

function batch(ids: string[], regionCode: string, change: OrganizationsImportedPayload['change'] = 'REGISTERED'): OrganizationsImportedPayload {
  return {
    importId: randomUUID(),
    batch: 0,
    change,
    organizationIds: ids,
    kinds: ids.map(() => OrganizationKind.INITIATIVE_GROUP),
    regionCodes: ids.map(() => regionCode),
    districtCodes: ids.map(() => null),
    versions: ids.map(() => (change === 'REGISTERED' ? 1 : 2)),
  };
}

describe('assistance: the organization directory from a registry bulk import', () => {
  const h = new AssistanceHarness();
  const directory = async (ids: string[]) =>
    h.query<{ organization_id: string; region_code: string }>(
      'SELECT organization_id, region_code FROM assistance.organization_directory WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id',
      [ids],
    );

  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('stores a whole batch, and the same event again changes nothing', async () => {
    const ids = Array.from({ length: 1500 }, () => randomUUID());
    const event = await h.events.publish('registry.organizations-imported', batch(ids, ASTANA));
    await eventually(async () => ((await directory(ids)).length === ids.length ? true : undefined));
    const stored = await directory(ids);

    // Delivered again (a crash between commit and acknowledgement), or handled twice: no change.
    await h.events.redeliver(ORGANIZATION_IMPORTS_QUEUE, event);
    await eventually(async () => ((await h.events.completed(ORGANIZATION_IMPORTS_QUEUE, event.eventId)) === 2 ? true : undefined));
    await h.query(`UPDATE assistance.organization_directory SET region_code = $1 WHERE organization_id = $2`, [ALMATY, ids[0]]);
    const imports = assistanceConsumers(h.services.requests, h.services.organizationMerges).find((consumer) => consumer.event === 'registry.organizations-imported');
    if (!imports) throw new Error('assistance consumes no organizations-imported');
    expect(await handleOnce(h.subgraph.dataSource, 'assistance', imports, event)).toBe(false);
    expect((await directory(ids)).filter((row) => row.region_code === ALMATY)).toHaveLength(1);
    await h.query(`UPDATE assistance.organization_directory SET region_code = $1 WHERE organization_id = $2`, [ASTANA, ids[0]]);
    expect(await directory(ids)).toEqual(stored);
  });

  it('releases a request that waited for an imported organization, and leaves merged-away records out', async () => {
    const waiting = randomUUID();
    const merged = randomUUID();
    const kept = await h.organization(ALMATY);
    await h.query(`INSERT INTO assistance.organization_merge (merged_id, kept_id, event_id) VALUES ($1, $2, $3)`, [merged, kept, randomUUID()]);
    const submitted = await h.admin.data<{ submitAssistanceRequest: { id: string } }>(SUBMIT, {
      input: { organizationId: waiting, type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'A room for a weekly meeting' },
    });
    const regionOf = async () =>
      (await h.query<{ region_code: string | null }>('SELECT region_code FROM assistance.assistance_request WHERE id = $1', [submitted.submitAssistanceRequest.id]))[0].region_code;
    expect(await regionOf()).toBeNull();

    const others = Array.from({ length: 10 }, () => randomUUID());
    await h.events.publish('registry.organizations-imported', batch([...others, waiting, merged], ASTANA));
    await eventually(async () => ((await regionOf()) === ASTANA ? true : undefined));
    expect((await directory([...others, waiting])).length).toBe(11);
    expect(await directory([merged])).toEqual([]);
  });

  it("leaves the directory as it is for an import's edits of existing records, as for single edits", async () => {
    const id = await h.organization(ASTANA);
    const event = await h.events.publish('registry.organizations-imported', batch([id], ALMATY, 'UPDATED'));
    await eventually(async () => ((await h.events.completed(ORGANIZATION_IMPORTS_QUEUE, event.eventId)) === 1 ? true : undefined));
    expect(await directory([id])).toEqual([{ organization_id: id, region_code: ASTANA }]);
  });
});
