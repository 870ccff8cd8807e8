import { ALMATY, ASTANA, AssistanceHarness, CHANGE_STATUS, RATE, type RequestShape } from './support/assistance-harness';
import { CALLER_NAMES, CALLERS, OTHER_REGION, outcomeOf, READ_RULE, SEES_PERSONAL_DATA, type Caller, type Outcome } from './support/access-matrix';

const PDF = Buffer.from('%PDF-1.4\n% permit for Aigerim Bekova\n').toString('base64');
const HOUR = 3600_000;
const at = (hours: number) => new Date(Date.now() + 3 * 24 * HOUR + hours * HOUR).toISOString();

const REQUEST_DETAIL = `id status type description personalDataHidden
  timeline { kind text personalDataHidden }
  referrals { stateBody note answer answeredOn personalDataHidden }
  attachments { sizeBytes mimeType fileName contentBase64 personalDataHidden }
  outcome { result note personalDataHidden }
  rating { score comment personalDataHidden }`;

interface RequestDetail {
  id: string;
  status: string;
  description: string | null;
  personalDataHidden: string | null;
  timeline: { kind: string; text: string | null; personalDataHidden: string | null }[];
  referrals: { stateBody: string; note: string | null; answer: string | null; answeredOn: string | null; personalDataHidden: string | null }[];
  attachments: { sizeBytes: number; fileName: string | null; contentBase64: string | null; personalDataHidden: string | null }[];
  outcome: { result: string; note: string | null; personalDataHidden: string | null };
  rating: { score: number; comment: string | null; personalDataHidden: string | null };
}

/** Every caller's outcome, to compare whole tables at once (a failure names the caller). */
async function outcomes(run: (caller: Caller) => Promise<Outcome>): Promise<Record<Caller, Outcome>> {
  const entries = await Promise.all(CALLER_NAMES.map(async (caller) => [caller, await run(caller)] as const));
  return Object.fromEntries(entries) as Record<Caller, Outcome>;
}

describe('access: who reads what in assistance', () => {
  const h = new AssistanceHarness();
  const as = (caller: Caller) => h.client(CALLERS[caller]);
  let astanaOrg: string;
  let almatyOrg: string;
  let astanaRequest: RequestShape;
  let almatyRequest: RequestShape;
  let astanaTraining: string;
  let almatyTraining: string;
  let astanaBooking: string;

  beforeAll(async () => {
    await h.start();
    astanaOrg = await h.organization(ASTANA);
    almatyOrg = await h.organization(ALMATY);
    // An Astana request with personal data in every place it can be: description, comments, referral, outcome, rating, a file.
    let request = await h.submit(astanaOrg, 'STATE_BODY_LIAISON', 'ADMINISTRATIVE', { description: 'Permit needed; call Aigerim Bekova, +7 701 000 0000' });
    const move = async (status: string, extra: Record<string, unknown> = {}) => {
      request = (await h.admin.data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, { input: { id: request.id, version: request.version, status, ...extra } }))
        .changeAssistanceRequestStatus;
    };
    await move('TRIAGED', { comment: 'Spoke with Aigerim on the phone' });
    await move('IN_PROGRESS');
    await move('WAITING_ON_STATE_BODY', { referral: { stateBody: 'Akimat of Astana', note: 'Permit for A. Bekova' } });
    const [referral] = await h.query<{ id: string }>('SELECT id FROM assistance.state_body_referral WHERE request_id = $1', [request.id]);
    request = (
      await h.admin.data<{ recordStateBodyAnswer: RequestShape }>(`mutation($input: RecordStateBodyAnswerInput!) { recordStateBodyAnswer(input: $input) { id version status } }`, {
        input: { id: request.id, version: request.version, referralId: referral.id, answer: 'Permit no. 7 issued to A. Bekova' },
      })
    ).recordStateBodyAnswer as RequestShape;
    await move('RESOLVED', { outcome: { result: 'PERMIT_OBTAINED', note: 'Handed to Aigerim in person' } });
    request = (await h.admin.data<{ rateAssistanceRequest: RequestShape }>(RATE, { input: { id: request.id, version: request.version, score: 5, comment: 'Thanks, Dana!' } }))
      .rateAssistanceRequest;
    await h.admin.data(`mutation($input: AddAssistanceRequestAttachmentInput!) { addAssistanceRequestAttachment(input: $input) { id } }`, {
      input: { requestId: request.id, version: request.version, fileName: 'permit-bekova.pdf', mimeType: 'application/pdf', contentBase64: PDF },
    });
    astanaRequest = request;
    almatyRequest = await h.submit(almatyOrg, 'COOPERATION', 'INFORMATIONAL');

    const schedule = async (regionCode: string) =>
      (
        await h.admin.data<{ scheduleTraining: { id: string } }>(`mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }`, {
          input: { regionCode, topic: 'Grant writing', audience: 'NGO_STAFF', startsAt: at(0), endsAt: at(2), venue: 'Room 1', capacity: 10 },
        })
      ).scheduleTraining.id;
    astanaTraining = await schedule(ASTANA);
    almatyTraining = await schedule(ALMATY);
    await h.admin.data(`mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id } }`, {
      input: { trainingId: astanaTraining, organizationId: astanaOrg, participants: 2 },
    });
    const room = (
      await h.admin.data<{ addBookableResource: { id: string } }>(`mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }`, {
        input: { regionCode: ASTANA, kind: 'ROOM', name: 'Hall' },
      })
    ).addBookableResource.id;
    astanaBooking = (
      await h.admin.data<{ bookResource: { id: string } }>(`mutation($input: BookResourceInput!) { bookResource(input: $input) { id } }`, {
        input: { resourceId: room, organizationId: astanaOrg, startsAt: at(0), endsAt: at(1), purpose: "Aigerim's group meeting" },
      })
    ).bookResource.id;
  });
  afterAll(() => h.stop());

  it("assistanceRequest(id): admins, analysts, partners with assistance:read and the region's staff; another region FORBIDDEN OTHER_REGION", async () => {
    const seen = await outcomes(async (caller) => outcomeOf(await as(caller).request(`query($id: ID!) { assistanceRequest(id: $id) { id } }`, { id: astanaRequest.id })));
    expect(seen).toEqual(READ_RULE);
  });

  it('hides personal data (null, with personalDataHidden) from analysts and partners and keeps the rest of the record', async () => {
    for (const caller of CALLER_NAMES.filter((c) => READ_RULE[c] === 'OK')) {
      const { assistanceRequest: r } = await as(caller).data<{ assistanceRequest: RequestDetail }>(`query($id: ID!) { assistanceRequest(id: $id) { ${REQUEST_DETAIL} } }`, {
        id: astanaRequest.id,
      });
      const sees = SEES_PERSONAL_DATA[caller];
      const reason = sees ? null : 'PERSONAL_DATA_HIDDEN_FOR_ROLE';
      const comment = r.timeline.find((entry) => entry.kind === 'STATUS_CHANGED' && entry.text !== 'moving on');
      expect({ caller, ...r, timeline: undefined, referrals: undefined, attachments: undefined }).toEqual({
        caller,
        id: astanaRequest.id,
        status: 'RESOLVED',
        type: 'ADMINISTRATIVE',
        description: sees ? 'Permit needed; call Aigerim Bekova, +7 701 000 0000' : null,
        personalDataHidden: reason,
        outcome: { result: 'PERMIT_OBTAINED', note: sees ? 'Handed to Aigerim in person' : null, personalDataHidden: reason },
        rating: { score: 5, comment: sees ? 'Thanks, Dana!' : null, personalDataHidden: reason },
        timeline: undefined,
        referrals: undefined,
        attachments: undefined,
      });
      expect(r.timeline.length).toBeGreaterThan(5);
      expect(r.timeline.every((entry) => entry.personalDataHidden === reason)).toBe(true);
      expect(comment?.text ?? null).toBe(sees ? 'Spoke with Aigerim on the phone' : null);
      if (!sees) expect(r.timeline.every((entry) => entry.text === null)).toBe(true);
      expect(r.referrals).toEqual([
        {
          stateBody: 'Akimat of Astana',
          note: sees ? 'Permit for A. Bekova' : null,
          answer: sees ? 'Permit no. 7 issued to A. Bekova' : null,
          answeredOn: expect.any(String),
          personalDataHidden: reason,
        },
      ]);
      expect(r.attachments).toEqual([
        {
          sizeBytes: Buffer.from(PDF, 'base64').length,
          mimeType: 'application/pdf',
          fileName: sees ? 'permit-bekova.pdf' : null,
          contentBase64: sees ? PDF : null,
          personalDataHidden: reason,
        },
      ]);
    }
  });

  it('assistanceRequests: an explicit other-region filter is FORBIDDEN; without one, regional staff see their own region only', async () => {
    const LIST = `query($filter: AssistanceRequestFilter) { assistanceRequests(filter: $filter, first: 100) { totalCount edges { node { id description } } } }`;
    type List = { assistanceRequests: { totalCount: number; edges: { node: { id: string; description: string | null } }[] } };
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(LIST, { filter: { regionCode: ASTANA } })))).toEqual(READ_RULE);

    const ids = async (caller: Caller) => (await as(caller).data<List>(LIST, {})).assistanceRequests;
    const almatyView = await ids('almatyStaff');
    expect(almatyView.edges.map((e) => e.node.id)).toEqual([almatyRequest.id]);
    expect(almatyView.totalCount).toBe(1);
    const astanaView = await ids('astanaStaff');
    expect(astanaView.edges.map((e) => e.node.id)).toEqual([astanaRequest.id]);
    for (const caller of ['admin', 'analyst', 'partnerRead'] as const) {
      const all = await ids(caller);
      expect(all.edges.map((e) => e.node.id).sort()).toEqual([astanaRequest.id, almatyRequest.id].sort());
      expect(all.totalCount).toBe(2);
    }
    // Analysts list records without their personal data.
    expect((await ids('analyst')).edges.every((e) => e.node.description === null)).toBe(true);
    // Other filters do not widen a regional list.
    const byType = await as('almatyStaff').data<List>(LIST, { filter: { type: 'ADMINISTRATIVE' } });
    expect(byType.assistanceRequests.totalCount).toBe(0);
  });

  it('_entities(AssistanceRequest) is checked as a read by id', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AssistanceRequest { id description } } }`;
    const seen = await outcomes(async (caller) => outcomeOf(await as(caller).request(query, { r: [{ __typename: 'AssistanceRequest', id: astanaRequest.id }] })));
    expect(seen).toEqual(READ_RULE);
    const { _entities } = await as('partnerRead').data<{ _entities: { id: string; description: string | null }[] }>(query, {
      r: [{ __typename: 'AssistanceRequest', id: astanaRequest.id }],
    });
    expect(_entities).toEqual([{ id: astanaRequest.id, description: null }]);
  });

  it("Organization's assistance lists come back empty with `withheld` for staff of another region and anonymous callers, never failing the page", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
      assistanceRequests { totalCount withheld edges { node { id } } }
      bookings { totalCount withheld edges { node { id } } }
      trainings { totalCount withheld edges { node { id } } } } } }`;
    type View = {
      assistanceRequests: { totalCount: number; withheld: string | null };
      bookings: { totalCount: number; withheld: string | null };
      trainings: { totalCount: number; withheld: string | null };
    };
    const summary = (view: View) => [view.assistanceRequests, view.bookings, view.trainings].map((list) => `${list.totalCount}:${list.withheld}`).join(' ');
    const seen: Record<string, string> = {};
    for (const caller of CALLER_NAMES) {
      const result = await as(caller).request<{ _entities: View[] }>(query, { r: [{ __typename: 'Organization', id: astanaOrg }] });
      seen[caller] = result.data?._entities ? summary(result.data._entities[0]) : JSON.stringify(outcomeOf(result));
    }
    expect(seen).toEqual({
      admin: '1:null 1:null 1:null',
      astanaStaff: '1:null 1:null 1:null',
      almatyStaff: '0:OTHER_REGION 0:OTHER_REGION 0:OTHER_REGION',
      analyst: '1:null 1:null 1:null',
      partnerRead: '1:null 1:null 1:null',
      partnerWrite: '1:null 1:null 1:null',
      partnerOtherScope: JSON.stringify({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' }),
      anonymous: '0:SIGN_IN_REQUIRED 0:SIGN_IN_REQUIRED 0:SIGN_IN_REQUIRED',
    });

    // Batched with its own region's organization, Almaty's staff still see theirs.
    const mixed = await as('almatyStaff').data<{ _entities: View[] }>(query, {
      r: [
        { __typename: 'Organization', id: astanaOrg },
        { __typename: 'Organization', id: almatyOrg },
      ],
    });
    expect(mixed._entities.map((view) => view.assistanceRequests)).toEqual([
      { totalCount: 0, withheld: 'OTHER_REGION', edges: [] },
      { totalCount: 1, withheld: null, edges: [{ node: { id: almatyRequest.id } }] },
    ]);

    // Asking for another region by a filter is refused, as on every list.
    const filtered = await as('almatyStaff').request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { assistanceRequests(filter: { regionCode: "${ASTANA}" }) { totalCount } } } }`,
      { r: [{ __typename: 'Organization', id: almatyOrg }] },
    );
    expect(outcomeOf(filtered)).toEqual(OTHER_REGION);
  });

  it("Region.assistanceSummary is null with assistanceSummaryWithheld for another region's staff", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { assistanceSummary { totalCount resolvedCount } assistanceSummaryWithheld } } }`;
    const seen: Record<string, unknown> = {};
    for (const caller of CALLER_NAMES) {
      const result = await as(caller).request<{ _entities: unknown[] }>(query, { r: [{ __typename: 'Region', code: ASTANA }] });
      seen[caller] = result.data?._entities ? result.data._entities[0] : outcomeOf(result);
    }
    const visible = { assistanceSummary: { totalCount: 1, resolvedCount: 1 }, assistanceSummaryWithheld: null };
    expect(seen).toEqual({
      admin: visible,
      astanaStaff: visible,
      almatyStaff: { assistanceSummary: null, assistanceSummaryWithheld: 'OTHER_REGION' },
      analyst: visible,
      partnerRead: visible,
      partnerWrite: visible,
      partnerOtherScope: { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' },
      anonymous: { assistanceSummary: null, assistanceSummaryWithheld: 'SIGN_IN_REQUIRED' },
    });
  });

  it('trainings: by id, by region filter and by reference follow the read rule; an unfiltered calendar keeps staff to their region', async () => {
    const one = await outcomes(async (caller) =>
      outcomeOf(await as(caller).request(`query($id: ID!) { training(id: $id) { id registrations { participants organization { id } } } }`, { id: astanaTraining })),
    );
    expect(one).toEqual(READ_RULE);
    const LIST = `query($filter: TrainingFilter) { trainings(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(LIST, { filter: { regionCode: ASTANA } })))).toEqual(READ_RULE);
    const reference = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Training { id } } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(reference, { r: [{ __typename: 'Training', id: astanaTraining }] })))).toEqual(READ_RULE);

    type List = { trainings: { totalCount: number; edges: { node: { id: string } }[] } };
    const almaty = await as('almatyStaff').data<List>(LIST, {});
    expect(almaty.trainings.edges.map((e) => e.node.id)).toEqual([almatyTraining]);
    expect(almaty.trainings.totalCount).toBe(1);
    expect((await as('analyst').data<List>(LIST, {})).trainings.totalCount).toBe(2);
  });

  it("premises: resources, bookings and booking references follow the read rule; a booking's purpose is personal data", async () => {
    const resources = `query { bookableResources(regionCode: "${ASTANA}") { id name } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(resources)))).toEqual(READ_RULE);
    const LIST = `query($filter: BookingFilter) { bookings(filter: $filter) { totalCount edges { node { id purpose personalDataHidden resource { name } } } } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(LIST, { filter: { regionCode: ASTANA } })))).toEqual(READ_RULE);
    const reference = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Booking { id } } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(reference, { r: [{ __typename: 'Booking', id: astanaBooking }] })))).toEqual(READ_RULE);

    type List = { bookings: { totalCount: number; edges: { node: { id: string; purpose: string | null; personalDataHidden: string | null } }[] } };
    expect((await as('almatyStaff').data<List>(LIST, {})).bookings.totalCount).toBe(0);
    expect((await as('astanaStaff').data<List>(LIST, {})).bookings.edges.map((e) => e.node)).toEqual([
      { id: astanaBooking, purpose: "Aigerim's group meeting", personalDataHidden: null, resource: { name: 'Hall' } },
    ]);
    expect((await as('partnerRead').data<List>(LIST, {})).bookings.edges.map((e) => e.node)).toEqual([
      { id: astanaBooking, purpose: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', resource: { name: 'Hall' } },
    ]);
  });

  it('service levels follow the read rule; the catalog is public reference data, open without signing in', async () => {
    const levels = `query { assistanceServiceLevels(regionCode: "${ASTANA}") { subtype days } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(levels)))).toEqual(READ_RULE);
    const catalog = `query { assistanceCatalog { type subtypes { subtype } } }`;
    expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(catalog)))).toEqual({
      ...Object.fromEntries(CALLER_NAMES.map((caller) => [caller, 'OK'])),
      // Partners reach a subgraph only through its scopes, reference data included.
      partnerOtherScope: { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' },
    });
  });

  it('a region filter with a code that is no region is BAD_USER_INPUT on filter.regionCode for every caller let in, on every list', async () => {
    const unknown = { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REGION' };
    const everyone = Object.fromEntries(CALLER_NAMES.map((caller) => [caller, unknown]));
    // Whoever reaches the list at all is told the code is wrong, never OTHER_REGION; root lists still
    // stop anonymous callers and partners without the scope at the door.
    const door = { anonymous: { code: 'UNAUTHENTICATED' }, partnerOtherScope: { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' } };
    const lists: [string, Record<string, unknown>][] = [
      [`query($filter: AssistanceRequestFilter) { assistanceRequests(filter: $filter, first: 10) { totalCount } }`, { ...everyone, ...door }],
      [`query($filter: TrainingFilter) { trainings(filter: $filter, first: 10) { totalCount } }`, { ...everyone, ...door }],
      [`query($filter: BookingFilter) { bookings(filter: $filter) { totalCount } }`, { ...everyone, ...door }],
      [
        `query($filter: AssistanceRequestFilter, $r: [_Any!]!) { _entities(representations: $r) { ... on Organization { assistanceRequests(filter: $filter) { totalCount } } } }`,
        { ...everyone, partnerOtherScope: door.partnerOtherScope },
      ],
    ];
    for (const [list, expected] of lists) {
      const variables = { filter: { regionCode: '999999999' }, ...(list.includes('_entities') ? { r: [{ __typename: 'Organization', id: astanaOrg }] } : {}) };
      expect(await outcomes(async (caller) => outcomeOf(await as(caller).request(list, variables)))).toEqual(expected);
      const response = await h.admin.request(list, variables);
      expect(response.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'filter.regionCode', code: 'UNKNOWN_REGION' }] });
    }
  });
});
