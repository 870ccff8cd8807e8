import { eventually } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ANALYST, ASTANA, AssistanceHarness, CHANGE_STATUS, staff, type RequestShape } from './support/assistance-harness';

const ANSWER = `mutation($input: RecordStateBodyAnswerInput!) { recordStateBodyAnswer(input: $input) { id version } }`;
const REFERRALS = `query($id: ID!) { assistanceRequest(id: $id) { referrals { id stateBody stateBodyEntry { id } answeredOn } } }`;
const HISTORY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on StateBody {
  referralSummary { made answered waiting medianResponseDays longestWaitingDays lastReferredOn }
  referrals(first: 10) { totalCount edges { node { referredOn answer answeredOn personalDataHidden } } }
} } }`;

describe('assistance: referrals linked to the directory of state bodies', () => {
  const h = new AssistanceHarness();
  const akimat = randomUUID();
  const archived = randomUUID();
  beforeAll(async () => {
    await h.start();
    const entry = (entryId: string, kk: string, isArchived: boolean, version = 1) =>
      h.events.publish('registry.directory-entry-changed', { entryId, entryKind: 'STATE_BODY', regionCode: ASTANA, name: { kk, ru: kk, en: kk }, archived: isArchived, version });
    await entry(akimat, 'Астана қаласының әкімдігі', false);
    await entry(archived, 'Ескі басқарма', true);
    // An older version arriving late changes nothing.
    await entry(akimat, 'Ескі атау', false, 0);
    await eventually(async () => ((await h.query(`SELECT 1 FROM assistance.directory_entry`)).length === 2 ? true : undefined));
  });
  afterAll(() => h.stop());

  const triaged = new Map<string, RequestShape>();
  const refer = async (request: RequestShape, referral: Record<string, unknown>) => {
    if (!triaged.has(request.id)) {
      let current = request;
      for (const status of ['TRIAGED', 'IN_PROGRESS']) {
        current = (await h.admin.data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, { input: { id: request.id, version: current.version, status } }))
          .changeAssistanceRequestStatus;
      }
      triaged.set(request.id, current);
    }
    const current = triaged.get(request.id) as RequestShape;
    return h.admin.request<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, {
      input: { id: request.id, version: current.version, status: 'WAITING_ON_STATE_BODY', referral: { referredOn: '2026-01-10', ...referral } },
    });
  };

  it('links a referral to a directory entry, named by it, and keeps free-text referrals as they were', async () => {
    const linked = await h.submit(await h.organization(ASTANA));
    const moved = await refer(linked, { stateBodyId: akimat, stateBody: 'ignored', note: 'Рұқсат керек' });
    expect(moved.errors).toBeUndefined();
    const read = await h.admin.data<{ assistanceRequest: { referrals: { stateBody: string; stateBodyEntry: { id: string } | null }[] } }>(REFERRALS, { id: linked.id });
    expect(read.assistanceRequest.referrals).toEqual([expect.objectContaining({ stateBody: 'Астана қаласының әкімдігі', stateBodyEntry: { id: akimat } })]);

    const free = await h.submit(await h.organization(ASTANA));
    expect((await refer(free, { stateBody: 'Қала полициясы' })).errors).toBeUndefined();
    const freeRead = await h.admin.data<{ assistanceRequest: { referrals: { stateBody: string; stateBodyEntry: null }[] } }>(REFERRALS, { id: free.id });
    expect(freeRead.assistanceRequest.referrals[0]).toMatchObject({ stateBody: 'Қала полициясы', stateBodyEntry: null });
  });

  it('refuses unknown and archived entries, and a referral naming no body, with the field', async () => {
    const request = await h.submit(await h.organization(ASTANA));
    const codeOf = async (referral: Record<string, unknown>) => (await refer(request, referral)).errors?.[0].extensions?.fields?.[0];
    expect(await codeOf({ stateBodyId: randomUUID() })).toMatchObject({ field: 'referral.stateBodyId', code: 'UNKNOWN_STATE_BODY' });
    expect(await codeOf({ stateBodyId: archived })).toMatchObject({ field: 'referral.stateBodyId', code: 'STATE_BODY_ARCHIVED' });
    expect(await codeOf({})).toMatchObject({ field: 'referral.stateBody', code: 'REQUIRED' });
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.state_body_referral WHERE request_id = $1`, [request.id]);
    expect(n).toBe(0);
  });

  it("gives the entry its history: referrals made, answered, response times; other regions' referrals only to those who may read them", async () => {
    const body = await h.directoryEntry({ entryId: randomUUID(), entryKind: 'STATE_BODY', regionCode: ASTANA, name: { kk: 'Ішкі саясат басқармасы', ru: 'x', en: 'x' } });
    const answerAfter = async (region: string, referredOn: string, answeredOn: string | null) => {
      const request = await h.submit(await h.organization(region));
      const moved = (await refer(request, { stateBodyId: body, referredOn })).data?.changeAssistanceRequestStatus as RequestShape;
      if (!answeredOn) return;
      const [referral] = await h.query<{ id: string }>(`SELECT id FROM assistance.state_body_referral WHERE request_id = $1`, [request.id]);
      await h.admin.data(ANSWER, { input: { id: request.id, version: moved.version, referralId: referral.id, answer: 'Рұқсат берілді', answeredOn } });
    };
    await answerAfter(ASTANA, '2026-01-01', '2026-01-03');
    await answerAfter(ASTANA, '2026-01-05', '2026-01-15');
    await answerAfter(ALMATY, '2026-01-06', '2026-01-10');
    await answerAfter(ALMATY, '2026-01-20', null);

    type History = {
      _entities: {
        referralSummary: Record<string, unknown>;
        referrals: { totalCount: number; edges: { node: { referredOn: string; answer: string | null; personalDataHidden: string | null } }[] };
      }[];
    };
    const all = await h.admin.data<History>(HISTORY, { r: [{ __typename: 'StateBody', id: body }] });
    expect(all._entities[0].referralSummary).toMatchObject({ made: 4, answered: 3, waiting: 1, medianResponseDays: 4, lastReferredOn: '2026-01-20' });
    expect(all._entities[0].referrals.edges.map((e) => e.node.referredOn)).toEqual(['2026-01-20', '2026-01-06', '2026-01-05', '2026-01-01']);

    const astanaStaff = await h.client(staff('staff-astana', ASTANA)).data<History>(HISTORY, { r: [{ __typename: 'StateBody', id: body }] });
    expect(astanaStaff._entities[0].referrals.totalCount).toBe(2);
    expect(astanaStaff._entities[0].referralSummary).toMatchObject({ made: 4 });
    const analyst = await h.client(ANALYST).data<History>(HISTORY, { r: [{ __typename: 'StateBody', id: body }] });
    expect(analyst._entities[0].referrals.edges[1].node).toMatchObject({ answer: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', answeredOn: '2026-01-10' });
  });
});
