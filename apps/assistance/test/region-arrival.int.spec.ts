import { randomUUID } from 'node:crypto';
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
      await harness.services.requests.organizationRegistered(arrival.manager, { organizationId, name: 'Race', kind: 'NGO' as never, regionCode: ASTANA, districtCode: null });
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
});
