import { randomUUID } from 'node:crypto';
import { ASSIGN, ASTANA, AssistanceHarness, CHANGE_STATUS, RATE, type RequestShape } from './support/assistance-harness';
import { CALLER_NAMES, CALLERS, outcomeOf, WRITE_RULE, type Caller, type Outcome } from './support/access-matrix';

const HOUR = 3600_000;
let slot = 0;
/** A fresh hour, days ahead, for every booking and training, so that nothing overlaps. */
const nextSlot = () => {
  slot += 3;
  const start = new Date(Math.ceil((Date.now() + 3 * 24 * HOUR) / HOUR) * HOUR + slot * HOUR);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + HOUR).toISOString(), start };
};
const PDF = Buffer.from('%PDF-1.4\n% test\n').toString('base64');

/**
 * One mutation against an Astana record: `prepare` makes a fresh target (as an administrator),
 * `run` is the caller's attempt, `state` reads what a refusal must leave unchanged.
 */
interface WriteCase<T> {
  prepare: () => Promise<T>;
  run: (caller: Caller, target: T) => Promise<Outcome>;
  state: (target: T) => Promise<unknown>;
}

describe('access: who changes what in assistance', () => {
  const h = new AssistanceHarness();
  const as = (caller: Caller) => h.client(CALLERS[caller]);
  let organizationId: string;
  let resourceId: string;

  /** Runs the mutation as every caller: each allowed one changes a fresh target, each refused one leaves it exactly as it was. */
  async function check<T>(mutation: WriteCase<T>): Promise<void> {
    const seen: Record<string, Outcome> = {};
    for (const caller of CALLER_NAMES) {
      const target = await mutation.prepare();
      const before = await mutation.state(target);
      seen[caller] = await mutation.run(caller, target);
      if (seen[caller] !== 'OK') expect({ caller, state: await mutation.state(target) }).toEqual({ caller, state: before });
      else expect({ caller, state: await mutation.state(target) }).not.toEqual({ caller, state: before });
    }
    expect(seen).toEqual(WRITE_RULE);
  }

  const mutate = async (caller: Caller, document: string, variables: Record<string, unknown>) => outcomeOf(await as(caller).request(document, variables));
  const row = async (sql: string, params: unknown[]) => (await h.query(sql, params))[0] ?? null;
  const requestRow = (id: string) => row('SELECT status, version, assignee_id, rating, updated_by FROM assistance.assistance_request WHERE id = $1', [id]);
  const requestIn = async (...statuses: { status: string; extra?: Record<string, unknown> }[]): Promise<RequestShape> => {
    let request = await h.submit(organizationId);
    for (const { status, extra } of statuses) {
      request = (await h.admin.data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, { input: { id: request.id, version: request.version, status, ...extra } }))
        .changeAssistanceRequestStatus;
    }
    return request;
  };
  const schedule = async (startsAt?: string, endsAt?: string) => {
    const period = startsAt && endsAt ? { startsAt, endsAt } : nextSlot();
    return (
      await h.admin.data<{ scheduleTraining: { id: string; version: number } }>(`mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id version } }`, {
        input: {
          regionCode: ASTANA,
          topic: 'Volunteer leadership',
          audience: 'VOLUNTEER_LEADERS',
          startsAt: period.startsAt,
          endsAt: period.endsAt,
          venue: 'Room 3',
          capacity: 20,
        },
      })
    ).scheduleTraining;
  };
  const register = async (trainingId: string) =>
    (
      await h.admin.data<{ registerForTraining: { id: string; version: number } }>(
        `mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id version } }`,
        {
          input: { trainingId, organizationId: await h.organization(ASTANA) },
        },
      )
    ).registerForTraining;

  beforeAll(async () => {
    await h.start();
    organizationId = await h.organization(ASTANA);
    resourceId = (
      await h.admin.data<{ addBookableResource: { id: string } }>(`mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }`, {
        input: { regionCode: ASTANA, kind: 'ROOM', name: 'Main hall' },
      })
    ).addBookableResource.id;
  });
  afterAll(() => h.stop());

  it("submitAssistanceRequest: decided by the organization's region as assistance knows it", async () => {
    await check({
      prepare: async () => organizationId,
      run: (caller, org) =>
        mutate(caller, `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`, {
          input: { organizationId: org, type: 'INFORMATIONAL', subtype: 'COOPERATION', description: `Who else works with youth? (${caller})` },
        }),
      state: async (org) => (await row('SELECT count(*)::int AS n FROM assistance.assistance_request WHERE organization_id = $1', [org])).n,
    });
    const submitted = await h.query<{ created_by: string }>(`SELECT created_by FROM assistance.assistance_request WHERE description LIKE '%(partnerWrite)'`);
    expect(submitted).toEqual([{ created_by: CALLERS.partnerWrite.userId }]);
  });

  it('regional staff cannot submit for an organization whose region has not arrived (CONFLICT REGION_PENDING); administrators still can', async () => {
    const input = { organizationId: randomUUID(), type: 'INFORMATIONAL', subtype: 'COOPERATION', description: 'Waiting for the registry' };
    const SUBMIT = `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id region { code } } }`;
    expect(await mutate('astanaStaff', SUBMIT, { input })).toEqual({ code: 'CONFLICT', reason: 'REGION_PENDING' });
    expect(await mutate('admin', SUBMIT, { input })).toBe('OK');
    // The waiting request is nobody's region yet: staff cannot read it either.
    const [{ id }] = await h.query<{ id: string }>('SELECT id FROM assistance.assistance_request WHERE organization_id = $1', [input.organizationId]);
    expect(outcomeOf(await as('astanaStaff').request(`query($id: ID!) { assistanceRequest(id: $id) { id } }`, { id }))).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
  });

  it('REGION_PENDING names the organizationId field', async () => {
    const input = { organizationId: randomUUID(), type: 'INFORMATIONAL', subtype: 'COOPERATION', description: 'Waiting for the registry' };
    const response = await as('astanaStaff').request(`mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }`, { input });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGION_PENDING', field: 'organizationId' });
  });

  it("changeAssistanceRequestStatus, withdrawing included: decided by the stored request's region", async () => {
    await check({
      prepare: () => requestIn(),
      run: (caller, r) => mutate(caller, CHANGE_STATUS, { input: { id: r.id, version: r.version, status: 'TRIAGED' } }),
      state: (r) => requestRow(r.id),
    });
    // Withdrawing used to be open to any signed-in caller; now analysts and other regions are refused too.
    await check({
      prepare: () => requestIn(),
      run: (caller, r) => mutate(caller, CHANGE_STATUS, { input: { id: r.id, version: r.version, status: 'WITHDRAWN' } }),
      state: (r) => requestRow(r.id),
    });
  });

  it('assignAssistanceRequest and commentOnAssistanceRequest', async () => {
    await check({
      prepare: () => requestIn(),
      run: (caller, r) => mutate(caller, ASSIGN, { input: { id: r.id, version: r.version, assigneeId: 'astana-7' } }),
      state: (r) => requestRow(r.id),
    });
    await check({
      prepare: () => requestIn(),
      run: (caller, r) =>
        mutate(caller, `mutation($input: CommentOnAssistanceRequestInput!) { commentOnAssistanceRequest(input: $input) { id } }`, { input: { id: r.id, text: 'Called back' } }),
      state: async (r) => (await row('SELECT count(*)::int AS n FROM assistance.request_timeline_entry WHERE request_id = $1', [r.id])).n,
    });
  });

  it('recordStateBodyAnswer', async () => {
    await check({
      prepare: async () => {
        const request = await requestIn({ status: 'TRIAGED' }, { status: 'IN_PROGRESS' }, { status: 'WAITING_ON_STATE_BODY', extra: { referral: { stateBody: 'Akimat' } } });
        const [referral] = await h.query<{ id: string }>('SELECT id FROM assistance.state_body_referral WHERE request_id = $1', [request.id]);
        return { request, referralId: referral.id };
      },
      run: (caller, { request, referralId }) =>
        mutate(caller, `mutation($input: RecordStateBodyAnswerInput!) { recordStateBodyAnswer(input: $input) { id } }`, {
          input: { id: request.id, version: request.version, referralId, answer: 'Approved' },
        }),
      state: async ({ request, referralId }) => ({
        request: await requestRow(request.id),
        referral: await row('SELECT answer FROM assistance.state_body_referral WHERE id = $1', [referralId]),
      }),
    });
  });

  it('rateAssistanceRequest: no longer open to any signed-in caller', async () => {
    await check({
      prepare: () => requestIn({ status: 'TRIAGED' }, { status: 'IN_PROGRESS' }, { status: 'RESOLVED', extra: { outcome: { result: 'PERMIT_OBTAINED' } } }),
      run: (caller, r) => mutate(caller, RATE, { input: { id: r.id, version: r.version, score: 4 } }),
      state: (r) => requestRow(r.id),
    });
  });

  it('addAssistanceRequestAttachment: a refused file leaves neither row nor stored file', async () => {
    const files = () => h.query<{ n: number }>('SELECT count(*)::int AS n FROM assistance.request_attachment');
    await check({
      prepare: () => requestIn(),
      run: (caller, r) =>
        mutate(caller, `mutation($input: AddAssistanceRequestAttachmentInput!) { addAssistanceRequestAttachment(input: $input) { id } }`, {
          input: { requestId: r.id, version: r.version, fileName: 'letter.pdf', mimeType: 'application/pdf', contentBase64: PDF },
        }),
      state: async (r) => ({
        request: await requestRow(r.id),
        attachments: (await row('SELECT count(*)::int AS n FROM assistance.request_attachment WHERE request_id = $1', [r.id])).n,
      }),
    });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(h.attachmentsDir).length).toBe((await files())[0].n);
  });

  it('setAssistanceServiceLevel: the region named is the record changed', async () => {
    let days = 1;
    await check({
      prepare: async () => ++days,
      run: (caller, d) => mutate(caller, `mutation($d: Int) { setAssistanceServiceLevel(regionCode: "${ASTANA}", subtype: MEDIA_PUBLICITY, days: $d) { days } }`, { d }),
      state: () => row(`SELECT days FROM assistance.service_level WHERE region_code = $1 AND subtype = 'MEDIA_PUBLICITY'`, [ASTANA]),
    });
  });

  it('addBookableResource, bookResource and cancelBooking', async () => {
    await check({
      prepare: async () => `Room ${randomUUID().slice(0, 8)}`,
      run: (caller, name) =>
        mutate(caller, `mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }`, { input: { regionCode: ASTANA, kind: 'ROOM', name } }),
      state: async () => (await row('SELECT count(*)::int AS n FROM assistance.bookable_resource WHERE region_code = $1', [ASTANA])).n,
    });
    await check({
      prepare: async () => nextSlot(),
      run: (caller, period) =>
        mutate(caller, `mutation($input: BookResourceInput!) { bookResource(input: $input) { id } }`, {
          input: { resourceId, organizationId, startsAt: period.startsAt, endsAt: period.endsAt },
        }),
      state: async () => (await row('SELECT count(*)::int AS n FROM assistance.booking WHERE resource_id = $1', [resourceId])).n,
    });
    await check({
      prepare: async () => {
        const period = nextSlot();
        return (
          await h.admin.data<{ bookResource: { id: string; version: number } }>(`mutation($input: BookResourceInput!) { bookResource(input: $input) { id version } }`, {
            input: { resourceId, organizationId, startsAt: period.startsAt, endsAt: period.endsAt },
          })
        ).bookResource;
      },
      run: (caller, booking) => mutate(caller, `mutation($id: ID!, $v: Int!) { cancelBooking(id: $id, version: $v) { id } }`, { id: booking.id, v: booking.version }),
      state: (booking) => row('SELECT status, version FROM assistance.booking WHERE id = $1', [booking.id]),
    });
  });

  it('scheduleTraining, updateTraining and cancelTraining', async () => {
    await check({
      prepare: async () => nextSlot(),
      run: (caller, period) =>
        mutate(caller, `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }`, {
          input: { regionCode: ASTANA, topic: `Media (${caller})`, audience: 'NGO_STAFF', startsAt: period.startsAt, endsAt: period.endsAt, venue: 'Room 1', capacity: 5 },
        }),
      state: async () => (await row('SELECT count(*)::int AS n FROM assistance.training WHERE region_code = $1', [ASTANA])).n,
    });
    await check({
      prepare: () => schedule(),
      run: (caller, t) =>
        mutate(caller, `mutation($input: UpdateTrainingInput!) { updateTraining(input: $input) { id } }`, { input: { id: t.id, version: t.version, topic: 'New topic' } }),
      state: (t) => row('SELECT topic, version FROM assistance.training WHERE id = $1', [t.id]),
    });
    await check({
      prepare: () => schedule(),
      run: (caller, t) => mutate(caller, `mutation($id: ID!, $v: Int!) { cancelTraining(id: $id, version: $v) { id } }`, { id: t.id, v: t.version }),
      state: (t) => row('SELECT status, version FROM assistance.training WHERE id = $1', [t.id]),
    });
  });

  it("registerForTraining, cancelTrainingRegistration and markTrainingAttendance: decided by the training's region", async () => {
    await check({
      prepare: async () => ({ training: await schedule(), organization: await h.organization(ASTANA) }),
      run: (caller, { training, organization }) =>
        mutate(caller, `mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id } }`, {
          input: { trainingId: training.id, organizationId: organization },
        }),
      state: async ({ training }) => (await row('SELECT count(*)::int AS n FROM assistance.training_registration WHERE training_id = $1', [training.id])).n,
    });
    await check({
      prepare: async () => register((await schedule()).id),
      run: (caller, place) => mutate(caller, `mutation($id: ID!, $v: Int!) { cancelTrainingRegistration(id: $id, version: $v) { id } }`, { id: place.id, v: place.version }),
      state: (place) => row('SELECT status, version FROM assistance.training_registration WHERE id = $1', [place.id]),
    });
    // Attendance is marked once the training has begun: the clock moves past its start for the attempt.
    await check({
      prepare: async () => {
        const period = nextSlot();
        return { place: await register((await schedule(period.startsAt, period.endsAt)).id), start: period.start };
      },
      run: async (caller, { place, start }) => {
        const spy = jest.spyOn(h.services.clock, 'now').mockReturnValue(new Date(start.getTime() + HOUR / 2));
        try {
          return await mutate(caller, `mutation($input: MarkTrainingAttendanceInput!) { markTrainingAttendance(input: $input) { id } }`, {
            input: { registrationId: place.id, version: place.version, attendance: 'ATTENDED' },
          });
        } finally {
          spy.mockRestore();
        }
      },
      state: ({ place }) => row('SELECT attendance, version FROM assistance.training_registration WHERE id = $1', [place.id]),
    });
  });
});
