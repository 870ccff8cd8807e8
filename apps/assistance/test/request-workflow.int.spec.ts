import { ASSISTANCE_TRANSITIONS, AssistanceRequestStatus } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { ALMATY, ASSIGN, ASTANA, AssistanceHarness, CHANGE_STATUS, GET, RATE, type RequestShape, staff } from './support/assistance-harness';

const S = AssistanceRequestStatus;

/** Valid extras for a move to `status`, so that only the transition itself can be wrong. */
function extrasFor(status: AssistanceRequestStatus): Record<string, unknown> {
  if (status === S.RESOLVED) return { outcome: { result: 'PERMIT_OBTAINED', note: 'Permit no. 12' } };
  if (status === S.WAITING_ON_STATE_BODY) return { referral: { stateBody: 'Akimat of Astana' } };
  return {};
}

describe('assistance requests: the workflow', () => {
  const h = new AssistanceHarness();
  let organizationId: string;
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));

  beforeAll(async () => {
    await h.start();
    organizationId = await h.organization(ASTANA);
  });
  afterAll(() => h.stop());

  const move = async (request: RequestShape, status: AssistanceRequestStatus, comment = 'moving on'): Promise<RequestShape> =>
    (
      await astanaStaff().data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, {
        input: { id: request.id, version: request.version, status, comment, ...extrasFor(status) },
      })
    ).changeAssistanceRequestStatus;

  /** A request brought into `status` by valid moves. */
  const requestIn = async (status: AssistanceRequestStatus): Promise<RequestShape> => {
    let request = await h.submit(organizationId);
    const path: Record<AssistanceRequestStatus, AssistanceRequestStatus[]> = {
      [S.NEW]: [],
      [S.TRIAGED]: [S.TRIAGED],
      [S.IN_PROGRESS]: [S.TRIAGED, S.IN_PROGRESS],
      [S.WAITING_ON_STATE_BODY]: [S.TRIAGED, S.IN_PROGRESS, S.WAITING_ON_STATE_BODY],
      [S.RESOLVED]: [S.TRIAGED, S.IN_PROGRESS, S.RESOLVED],
      [S.DECLINED]: [S.DECLINED],
      [S.WITHDRAWN]: [S.WITHDRAWN],
    };
    for (const next of path[status]) request = await move(request, next);
    return request;
  };

  const snapshot = async (id: string) => ({
    row: (await h.query('SELECT status, version, updated_at, outcome_result, assignee_id FROM assistance.assistance_request WHERE id = $1', [id]))[0],
    timeline: (await h.query('SELECT count(*)::int AS n FROM assistance.request_timeline_entry WHERE request_id = $1', [id]))[0],
    referrals: (await h.query('SELECT count(*)::int AS n FROM assistance.state_body_referral WHERE request_id = $1', [id]))[0],
    events: (await h.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->'payload'->>'requestId' = $1`, [id]))[0],
  });

  it('walks a request from NEW to RESOLVED with a referral, timeline, events and audit fields', async () => {
    const submitted = await h.submit(organizationId, 'MEDIA_PUBLICITY', 'INFORMATIONAL', { wishedForDate: '2099-05-01' });
    expect(submitted).toMatchObject({ status: 'NEW', version: 1, wishedForDate: '2099-05-01', overdue: false, allowedTransitions: ['TRIAGED', 'DECLINED', 'WITHDRAWN'] });
    // MEDIA_PUBLICITY's national service level is 14 days.
    const created = (await h.query<{ created_at: Date }>('SELECT created_at FROM assistance.assistance_request WHERE id = $1', [submitted.id]))[0].created_at;
    expect(new Date(submitted.dueAt as string).getTime() - created.getTime()).toBe(14 * 24 * 3600_000);

    let request = await move(submitted, S.TRIAGED);
    request = (await astanaStaff().data<{ assignAssistanceRequest: RequestShape }>(ASSIGN, { input: { id: request.id, version: request.version, assigneeId: 'astana-2' } }))
      .assignAssistanceRequest;
    expect(request).toMatchObject({ assigneeId: 'astana-2', version: 3, updatedBy: 'astana-1' });
    request = await move(request, S.IN_PROGRESS);
    request = await move(request, S.WAITING_ON_STATE_BODY);
    const detail = (await h.admin.data<{ assistanceRequest: { referrals: { id: string; referredOn: string; answer: string | null }[] } }>(GET, { id: request.id }))
      .assistanceRequest;
    expect(detail.referrals).toHaveLength(1);
    expect(detail.referrals[0].answer).toBeNull();
    request = (
      await astanaStaff().data<{ recordStateBodyAnswer: RequestShape }>(
        `mutation($input: RecordStateBodyAnswerInput!) { recordStateBodyAnswer(input: $input) { id version status } }`,
        { input: { id: request.id, version: request.version, referralId: detail.referrals[0].id, answer: 'No objections' } },
      )
    ).recordStateBodyAnswer;
    request = await move({ ...request }, S.IN_PROGRESS);

    const noLink = await astanaStaff().request(CHANGE_STATUS, { input: { id: request.id, version: request.version, status: 'RESOLVED', outcome: { result: 'PUBLICATION_MADE' } } });
    expect(noLink.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_REQUIRED', fields: [{ field: 'outcome.link', code: 'LINK_REQUIRED' }] });
    const wrongResult = await astanaStaff().request(CHANGE_STATUS, {
      input: { id: request.id, version: request.version, status: 'RESOLVED', outcome: { result: 'PERMIT_OBTAINED' } },
    });
    expect(wrongResult.errors?.[0].extensions).toMatchObject({ reason: 'OUTCOME_NOT_FOR_SUBTYPE', allowedResults: ['PUBLICATION_MADE'] });
    const resolved = (
      await astanaStaff().data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, {
        input: { id: request.id, version: request.version, status: 'RESOLVED', outcome: { result: 'PUBLICATION_MADE', link: 'https://kaz.example/news/1' } },
      })
    ).changeAssistanceRequestStatus;
    expect(resolved).toMatchObject({ status: 'RESOLVED', allowedTransitions: [], outcome: { result: 'PUBLICATION_MADE', link: 'https://kaz.example/news/1' } });

    const rated = (await h.admin.data<{ rateAssistanceRequest: RequestShape }>(RATE, { input: { id: resolved.id, version: resolved.version, score: 5, comment: 'Rahmet!' } }))
      .rateAssistanceRequest;
    expect(rated.rating).toEqual({ score: 5, comment: 'Rahmet!' });
    // The assignee hears of the score (not of the comment), in the rating's transaction.
    const ratedEvents = await h.query<{ data: { payload: Record<string, unknown> } }>(
      `SELECT data FROM pgboss.job WHERE name = 'notifications.request-rated' AND data->'payload'->>'requestId' = $1`,
      [rated.id],
    );
    expect(ratedEvents.map((job) => job.data.payload)).toEqual([
      { requestId: rated.id, organizationId: expect.any(String), regionCode: ASTANA, score: 5, assigneeId: 'astana-2', actorId: expect.any(String) },
    ]);
    const again = await h.admin.request(RATE, { input: { id: rated.id, version: rated.version, score: 1 } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RATED' });

    const { assistanceRequest } = await h.admin.data<{ assistanceRequest: { timeline: { kind: string; fromStatus: string | null; toStatus: string | null }[] } }>(GET, {
      id: request.id,
    });
    expect(assistanceRequest.timeline.map((e) => e.kind)).toEqual([
      'STATUS_CHANGED',
      'ASSIGNED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'REFERRED',
      'STATE_BODY_ANSWERED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'RATED',
    ]);
    expect(assistanceRequest.timeline.filter((e) => e.kind === 'STATUS_CHANGED').map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
      'NEW>TRIAGED',
      'TRIAGED>IN_PROGRESS',
      'IN_PROGRESS>WAITING_ON_STATE_BODY',
      'WAITING_ON_STATE_BODY>IN_PROGRESS',
      'IN_PROGRESS>RESOLVED',
    ]);
    expect(await h.jobs('notifications.request-status-changed', request.id)).toBe(5);
    expect(await h.jobs('notifications.request-assigned', request.id)).toBe(1);
    // Each event names who acted, so the notifications skip them; the assignment names the assignee.
    const payloads = await h.query<{ name: string; payload: { actorId?: string; assigneeId?: string | null } }>(
      `SELECT name, data->'payload' AS payload FROM pgboss.job WHERE name IN ('notifications.request-status-changed', 'notifications.request-assigned') AND data->'payload'->>'requestId' = $1`,
      [request.id],
    );
    expect(payloads).toHaveLength(6);
    for (const job of payloads) expect(job.payload.actorId).toBe('astana-1');
    expect(payloads.find((job) => job.name === 'notifications.request-assigned')?.payload.assigneeId).toBe('astana-2');
  });

  it('refuses every transition outside the table with INVALID_TRANSITION naming the allowed ones, changing nothing', async () => {
    const statuses = Object.values(S);
    let refused = 0;
    for (const from of statuses) {
      const request = await requestIn(from);
      const before = await snapshot(request.id);
      for (const to of statuses.filter((target) => !ASSISTANCE_TRANSITIONS[from].includes(target))) {
        const result = await astanaStaff().request(CHANGE_STATUS, {
          input: { id: request.id, version: request.version, status: to, comment: 'try', ...extrasFor(to) },
        });
        expect(result.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_TRANSITION',
          from,
          to,
          allowedTransitions: [...ASSISTANCE_TRANSITIONS[from]],
          fields: [{ field: 'status', code: 'INVALID_TRANSITION' }],
        });
        refused++;
      }
      expect(await snapshot(request.id)).toEqual(before);
    }
    // 7 statuses x 7 targets, minus the 14 allowed moves.
    expect(refused).toBe(35);
  });

  it('refuses a stale version, a missing outcome or referral and a decline without reason, changing nothing', async () => {
    const request = await requestIn(S.IN_PROGRESS);
    const before = await snapshot(request.id);
    const stale = await astanaStaff().request(CHANGE_STATUS, { input: { id: request.id, version: request.version - 1, status: 'WITHDRAWN' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: request.version });
    const staleAssign = await astanaStaff().request(ASSIGN, { input: { id: request.id, version: 1, assigneeId: 'x' } });
    expect(staleAssign.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const noOutcome = await astanaStaff().request(CHANGE_STATUS, { input: { id: request.id, version: request.version, status: 'RESOLVED' } });
    expect(noOutcome.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'outcome', code: 'REQUIRED' }] });
    const noReferral = await astanaStaff().request(CHANGE_STATUS, { input: { id: request.id, version: request.version, status: 'WAITING_ON_STATE_BODY' } });
    expect(noReferral.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'referral', code: 'REQUIRED' }] });
    const noReason = await astanaStaff().request(CHANGE_STATUS, { input: { id: request.id, version: request.version, status: 'DECLINED' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'comment', code: 'REQUIRED' }] });
    const early = await h.admin.request(RATE, { input: { id: request.id, version: request.version, score: 4 } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_RESOLVED' });
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("keeps staff to their region's requests and refuses anonymous changes", async () => {
    const request = await h.submit(organizationId);
    const almaty = await h.client(staff('almaty-1', ALMATY)).request(CHANGE_STATUS, { input: { id: request.id, version: 1, status: 'TRIAGED' } });
    expect(almaty.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const anonymous = await h.client(null).request(CHANGE_STATUS, { input: { id: request.id, version: 1, status: 'TRIAGED' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await astanaStaff().request(CHANGE_STATUS, { input: { id: randomUUID(), version: 1, status: 'TRIAGED' } });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await snapshot(request.id)).row.status).toBe('NEW');
  });

  it('lists requests by region, status, assignee and overdue, keyset-paged', async () => {
    const other = await h.organization(ALMATY);
    const a = await h.submit(other, 'GRANTS_AND_PROGRAMMES', 'INFORMATIONAL');
    const b = await h.submit(other, 'GRANTS_AND_PROGRAMMES', 'INFORMATIONAL');
    const almatyStaff = h.client(staff('almaty-1', ALMATY));
    await almatyStaff.data(ASSIGN, { input: { id: b.id, version: b.version, assigneeId: 'almaty-7' } });
    const LIST = `query($filter: AssistanceRequestFilter, $first: Int, $after: String) { assistanceRequests(filter: $filter, first: $first, after: $after) {
      totalCount edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }`;
    type List = { assistanceRequests: { totalCount: number; edges: { node: { id: string; overdue: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

    const region = await h.admin.data<List>(LIST, { filter: { regionCode: ALMATY }, first: 1 });
    expect(region.assistanceRequests.totalCount).toBe(2);
    expect(region.assistanceRequests.edges.map((e) => e.node.id)).toEqual([b.id]);
    const next = await h.admin.data<List>(LIST, { filter: { regionCode: ALMATY }, first: 1, after: region.assistanceRequests.pageInfo.endCursor });
    expect(next.assistanceRequests.edges.map((e) => e.node.id)).toEqual([a.id]);
    expect(next.assistanceRequests.pageInfo.hasNextPage).toBe(false);
    expect((await h.admin.data<List>(LIST, { filter: { assigneeId: 'almaty-7' } })).assistanceRequests.edges.map((e) => e.node.id)).toEqual([b.id]);
    expect((await h.admin.data<List>(LIST, { filter: { regionCode: ALMATY, overdue: true } })).assistanceRequests.totalCount).toBe(0);

    // GRANTS_AND_PROGRAMMES is due in 5 days; six days on, both are overdue.
    const later = new Date(Date.now() + 6 * 24 * 3600_000);
    const spy = jest.spyOn(h.services.clock, 'now').mockReturnValue(later);
    try {
      const overdue = await h.admin.data<List>(LIST, { filter: { regionCode: ALMATY, overdue: true } });
      expect(overdue.assistanceRequests.totalCount).toBe(2);
      expect(overdue.assistanceRequests.edges.every((e) => e.node.overdue)).toBe(true);
      expect((await h.admin.data<List>(LIST, { filter: { regionCode: ALMATY, overdue: false } })).assistanceRequests.totalCount).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it("applies a region's own service level to the due date", async () => {
    const set = await h
      .client(staff('astana-1', ASTANA))
      .data<{ setAssistanceServiceLevel: { days: number; regionSpecific: boolean } }>(
        `mutation { setAssistanceServiceLevel(regionCode: "${ASTANA}", subtype: COOPERATION, days: 3) { days regionSpecific } }`,
      );
    expect(set.setAssistanceServiceLevel).toEqual({ days: 3, regionSpecific: true });
    const forbidden = await h.client(staff('almaty-1', ALMATY)).request(`mutation { setAssistanceServiceLevel(regionCode: "${ASTANA}", subtype: COOPERATION, days: 9) { days } }`);
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const request = await h.submit(organizationId, 'COOPERATION', 'INFORMATIONAL');
    const created = (await h.query<{ created_at: Date }>('SELECT created_at FROM assistance.assistance_request WHERE id = $1', [request.id]))[0].created_at;
    expect(new Date(request.dueAt as string).getTime() - created.getTime()).toBe(3 * 24 * 3600_000);
    const levels = await h.admin.data<{ assistanceServiceLevels: { subtype: string; days: number; regionSpecific: boolean }[] }>(
      `{ assistanceServiceLevels(regionCode: "${ASTANA}") { subtype days regionSpecific } }`,
    );
    expect(levels.assistanceServiceLevels.find((l) => l.subtype === 'COOPERATION')).toEqual({ subtype: 'COOPERATION', days: 3, regionSpecific: true });
    expect(levels.assistanceServiceLevels.find((l) => l.subtype === 'TRAINING')).toEqual({ subtype: 'TRAINING', days: 30, regionSpecific: false });
  });
});
