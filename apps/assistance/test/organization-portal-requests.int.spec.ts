import { portalIdentity } from '@birge/server-kit';
import { AssistanceRequestStatus as S, Role } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { ALMATY, ASTANA, AssistanceHarness, CHANGE_STATUS, type RequestShape, staff } from './support/assistance-harness';

const SUBMIT = `mutation($input: PortalSubmitRequestInput!) { organizationPortalSubmitRequest(input: $input) { id status version createdBy organization { id } } }`;
const RATE = `mutation($input: RateAssistanceRequestInput!) { organizationPortalRateRequest(input: $input) { id rating { score comment } } }`;
const REQUESTS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrganizationPortal {
  requests { id status version canRate rating timeline { kind fromStatus toStatus } } } } }`;

describe("assistance: an organization's requests through its portal link", () => {
  const h = new AssistanceHarness();
  let organizationId: string;
  let otherId: string;
  const linkId = randomUUID();
  const portal = () => h.client(portalIdentity({ linkId, organizationId, regionCode: ASTANA, contactEmail: 'aliya@example.kz' }));
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));

  beforeAll(async () => {
    await h.start();
    organizationId = await h.organization(ASTANA);
    otherId = await h.organization(ALMATY);
  });
  afterAll(() => h.stop());

  it('submits a request for its own organization, attributed to the contact, and tells the office in the same transaction', async () => {
    const submitted = await portal().data<{ organizationPortalSubmitRequest: { id: string; status: string; createdBy: string; organization: { id: string } } }>(SUBMIT, {
      input: { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Грантқа өтінім жазуға көмек керек' },
    });
    expect(submitted.organizationPortalSubmitRequest).toMatchObject({ status: 'NEW', createdBy: 'portal:aliya@example.kz', organization: { id: organizationId } });
    const events = await h.query<{ name: string }>(`SELECT name FROM pgboss.job WHERE data->'payload'->>'requestId' = $1`, [submitted.organizationPortalSubmitRequest.id]);
    expect(events.map((e) => e.name).sort()).toEqual(['analytics.request-figures', 'notifications.request-submitted']);

    const wrong = await portal().request(SUBMIT, { input: { type: 'ADMINISTRATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Қате түр' } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'subtype', code: 'SUBTYPE_NOT_IN_TYPE' }] });
  });

  it('follows its requests and their way, and rates a resolved one once', async () => {
    const [first] = (await portal().data<{ _entities: { requests: { id: string }[] }[] }>(REQUESTS, { reps: [{ __typename: 'OrganizationPortal', linkId }] }))._entities[0]
      .requests;
    let request = (await h.query<{ version: number }>('SELECT version FROM assistance.assistance_request WHERE id = $1', [first.id]))[0] as unknown as RequestShape;
    request = { ...request, id: first.id };
    for (const status of [S.TRIAGED, S.IN_PROGRESS, S.RESOLVED]) {
      const extra = status === S.RESOLVED ? { outcome: { result: 'GRANT_APPLICATION_SUBMITTED' } } : {};
      request = (
        await astanaStaff().data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, {
          input: { id: request.id, version: request.version, status, comment: 'ішкі ескерту', ...extra },
        })
      ).changeAssistanceRequestStatus;
    }
    const followed = (await portal().data<{ _entities: { requests: Record<string, unknown>[] }[] }>(REQUESTS, { reps: [{ __typename: 'OrganizationPortal', linkId }] }))
      ._entities[0].requests;
    expect(followed).toHaveLength(1);
    expect(followed[0]).toMatchObject({ status: 'RESOLVED', canRate: true, rating: null });
    expect((followed[0].timeline as { toStatus: string }[]).map((step) => step.toStatus)).toEqual(['TRIAGED', 'IN_PROGRESS', 'RESOLVED']);
    // Another link's portal sees nothing of this organization's requests.
    const stranger = await portal().data<{ _entities: { requests: unknown[] }[] }>(REQUESTS, { reps: [{ __typename: 'OrganizationPortal', linkId: randomUUID() }] });
    expect(stranger._entities[0].requests).toEqual([]);

    const rated = await portal().data<{ organizationPortalRateRequest: { rating: { score: number } } }>(RATE, {
      input: { id: request.id, version: request.version, score: 5, comment: 'Рахмет!' },
    });
    expect(rated.organizationPortalRateRequest.rating.score).toBe(5);
    const again = await portal().request(RATE, { input: { id: request.id, version: request.version + 1, score: 4 } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RATED' });
    const [row] = await h.query<{ author_id: string }>(`SELECT author_id FROM assistance.request_timeline_entry WHERE request_id = $1 AND kind = 'RATED'`, [request.id]);
    expect(row.author_id).toBe('portal:aliya@example.kz');
  });

  it("never reaches another organization's request, and leaves staff, partners and the public out", async () => {
    const foreign = await h.submit(otherId, 'STATE_BODY_LIAISON', 'ADMINISTRATIVE');
    const refused = await portal().request(RATE, { input: { id: foreign.id, version: foreign.version, score: 1 } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const asStaff = await astanaStaff().request(SUBMIT, { input: { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Қызметкер атынан' } });
    expect(asStaff.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_PORTAL_ONLY' });
    expect(
      (await h.client(null).request(SUBMIT, { input: { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Аноним' } })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    // A portal link never passes as staff: the staff list of requests refuses it.
    const list = await portal().request(`{ assistanceRequests(first: 5) { totalCount } }`);
    expect(list.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_PORTAL_ONLY' });
    expect(Role.ORGANIZATION_CONTACT).toBe('ORGANIZATION_CONTACT');
  });
});
