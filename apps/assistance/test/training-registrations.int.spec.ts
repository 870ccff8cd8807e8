import { ALMATY, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const SCHEDULE = `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id version capacity } }`;
const PLACE_FIELDS = `id status version participants waitlistPosition attendance attendedParticipants promotedAt organization { id }`;
const REGISTER = `mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { ${PLACE_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $version: Int!) { cancelTrainingRegistration(id: $id, version: $version) { ${PLACE_FIELDS} } }`;
const ATTENDANCE = `mutation($input: MarkTrainingAttendanceInput!) { markTrainingAttendance(input: $input) { ${PLACE_FIELDS} } }`;
const TRAINING = `query($id: ID!) { training(id: $id) { registeredSeats seatsLeft waitlistedCount registrations { ${PLACE_FIELDS} } } }`;

interface Place {
  id: string;
  status: string;
  version: number;
  participants: number;
  waitlistPosition: number | null;
  attendance: string | null;
  attendedParticipants: number | null;
  promotedAt: string | null;
  organization: { id: string };
}
interface TrainingView {
  registeredSeats: number;
  seatsLeft: number;
  waitlistedCount: number;
  registrations: Place[];
}

const HOUR = 3600_000;
const base = new Date(Math.ceil((Date.now() + 5 * 24 * HOUR) / HOUR) * HOUR);
const at = (hours: number) => new Date(base.getTime() + hours * HOUR);

describe('training registrations: capacity, waiting list, attendance, reminders', () => {
  const h = new AssistanceHarness();
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));
  const schedule = async (capacity: number, startsAt = at(0), topic = 'Project management for NGOs') =>
    (
      await astanaStaff().data<{ scheduleTraining: { id: string } }>(SCHEDULE, {
        input: {
          regionCode: ASTANA,
          topic,
          audience: 'NGO_STAFF',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
          venue: 'Room 2',
          capacity,
        },
      })
    ).scheduleTraining.id;
  const register = async (trainingId: string, organizationId: string, participants?: number) =>
    (await astanaStaff().data<{ registerForTraining: Place }>(REGISTER, { input: { trainingId, organizationId, participants } })).registerForTraining;
  const view = async (id: string) => (await h.admin.data<{ training: TrainingView }>(TRAINING, { id })).training;
  const withClockAt = async <T>(now: Date, run: () => Promise<T>): Promise<T> => {
    const spy = jest.spyOn(h.services.clock, 'now').mockReturnValue(now);
    try {
      return await run();
    } finally {
      spy.mockRestore();
    }
  };

  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('registers exactly `capacity` organizations and waitlists the rest in order of arrival when many register at once', async () => {
    const capacity = 5;
    const trainingId = await schedule(capacity);
    const organizations = await Promise.all(Array.from({ length: 16 }, () => h.organization()));
    const results = await Promise.all(
      organizations.map((organizationId) => astanaStaff().request<{ registerForTraining: Place }>(REGISTER, { input: { trainingId, organizationId } })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data?.registerForTraining.status === 'REGISTERED')).toHaveLength(capacity);
    expect(results.filter((r) => r.data?.registerForTraining.status === 'WAITLISTED')).toHaveLength(16 - capacity);

    // In arrival order (the queue sequence taken under the training's lock) the first `capacity` hold seats, then the waiting list 1..n.
    const rows = await h.query<{ status: string; created_at: Date }>(`SELECT status, created_at FROM assistance.training_registration WHERE training_id = $1 ORDER BY queue_seq`, [
      trainingId,
    ]);
    expect(rows.map((r) => r.status)).toEqual([...Array(capacity).fill('REGISTERED'), ...Array(16 - capacity).fill('WAITLISTED')]);
    const training = await view(trainingId);
    expect(training).toMatchObject({ registeredSeats: capacity, seatsLeft: 0, waitlistedCount: 11 });
    expect(training.registrations.filter((p) => p.status === 'WAITLISTED').map((p) => p.waitlistPosition)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('refuses a second place for one organization (ALREADY_REGISTERED), unknown organizations and foreign staff, changing nothing', async () => {
    const trainingId = await schedule(3);
    const organizationId = await h.organization();
    await register(trainingId, organizationId);
    const twice = await astanaStaff().request(REGISTER, { input: { trainingId, organizationId } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED', status: 'REGISTERED' });
    const simultaneous = await Promise.all(
      Array.from({ length: 4 }, async () =>
        astanaStaff().request<{ registerForTraining: Place }>(REGISTER, { input: { trainingId, organizationId: await Promise.resolve(organizationId) } }),
      ),
    );
    expect(simultaneous.every((r) => r.errors?.[0].extensions?.reason === 'ALREADY_REGISTERED')).toBe(true);
    const stranger = await astanaStaff().request(REGISTER, { input: { trainingId, organizationId: crypto.randomUUID() } });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organizationId', code: 'UNKNOWN_ORGANIZATION' }] });
    const tooMany = await astanaStaff().request(REGISTER, { input: { trainingId, organizationId: await h.organization(), participants: 4 } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'participants', code: 'EXCEEDS_CAPACITY' }] });
    const foreign = await h.client(staff('almaty-1', ALMATY)).request(REGISTER, { input: { trainingId, organizationId: await h.organization(ALMATY) } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.training_registration WHERE training_id = $1`, [trainingId]);
    expect(n).toBe(1);
  });

  it('promotes the head of the waiting list when a place is cancelled, first come first served, counting seats', async () => {
    const trainingId = await schedule(3);
    const [a, b, c, d] = await Promise.all([h.organization(), h.organization(), h.organization(), h.organization()]);
    const placeA = await register(trainingId, a, 2);
    const placeB = await register(trainingId, b, 2); // does not fit: waits
    const placeC = await register(trainingId, c, 1); // would fit, but B came first: waits behind it
    const placeD = await register(trainingId, d, 1);
    expect([placeA, placeB, placeC, placeD].map((p) => [p.status, p.waitlistPosition])).toEqual([
      ['REGISTERED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
    ]);

    const cancelled = (await astanaStaff().data<{ cancelTrainingRegistration: Place }>(CANCEL, { id: placeA.id, version: placeA.version })).cancelTrainingRegistration;
    expect(cancelled.status).toBe('CANCELLED');
    const after = await view(trainingId);
    const byOrg = Object.fromEntries(after.registrations.map((p) => [p.organization.id, p]));
    // B (2 seats) and then C (1 seat) fill the 3 seats; D stays first in line.
    expect(byOrg[b]).toMatchObject({ status: 'REGISTERED', waitlistPosition: null });
    expect(byOrg[b].promotedAt).not.toBeNull();
    expect(byOrg[c].status).toBe('REGISTERED');
    expect(byOrg[d]).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(after).toMatchObject({ registeredSeats: 3, seatsLeft: 0, waitlistedCount: 1 });

    const stale = await astanaStaff().request(CANCEL, { id: placeA.id, version: placeA.version });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const twice = await astanaStaff().request(CANCEL, { id: placeA.id, version: cancelled.version });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CANCELLED' });
    // Having given its place up, A may ask again: it goes to the end of the line.
    expect((await register(trainingId, a, 1)).waitlistPosition).toBe(2);
  });

  it('refuses registrations and cancellations once the training has begun (TRAINING_PAST), and marks attendance only then', async () => {
    const trainingId = await schedule(3, at(10));
    const [a, b, c] = await Promise.all([h.organization(), h.organization(), h.organization()]);
    const placeA = await register(trainingId, a, 2);
    const placeB = await register(trainingId, b, 1);
    const early = await astanaStaff().request(ATTENDANCE, { input: { registrationId: placeA.id, version: placeA.version, attendance: 'ATTENDED' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRAINING_NOT_STARTED' });

    await withClockAt(at(10.5), async () => {
      const late = await astanaStaff().request(REGISTER, { input: { trainingId, organizationId: c } });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRAINING_PAST' });
      const lateCancel = await astanaStaff().request(CANCEL, { id: placeA.id, version: placeA.version });
      expect(lateCancel.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRAINING_PAST' });

      const attended = (
        await astanaStaff().data<{ markTrainingAttendance: Place }>(ATTENDANCE, {
          input: { registrationId: placeA.id, version: placeA.version, attendance: 'ATTENDED', attendedParticipants: 1 },
        })
      ).markTrainingAttendance;
      expect(attended).toMatchObject({ attendance: 'ATTENDED', attendedParticipants: 1, version: placeA.version + 1 });
      const tooMany = await astanaStaff().request(ATTENDANCE, { input: { registrationId: placeA.id, version: attended.version, attendance: 'ATTENDED', attendedParticipants: 3 } });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'attendedParticipants', code: 'EXCEEDS_PARTICIPANTS' }] });
      const noShow = (
        await astanaStaff().data<{ markTrainingAttendance: Place }>(ATTENDANCE, { input: { registrationId: placeB.id, version: placeB.version, attendance: 'NO_SHOW' } })
      ).markTrainingAttendance;
      expect(noShow).toMatchObject({ attendance: 'NO_SHOW', attendedParticipants: null });
    });
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.training_registration WHERE training_id = $1 AND status <> 'CANCELLED'`, [trainingId]);
    expect(n).toBe(2);
  });

  it('marks attendance only for REGISTERED places (NOT_REGISTERED for the waiting list)', async () => {
    const trainingId = await schedule(1, at(20));
    const [a, b] = await Promise.all([h.organization(), h.organization()]);
    await register(trainingId, a);
    const waiting = await register(trainingId, b);
    await withClockAt(at(20.5), async () => {
      const result = await astanaStaff().request(ATTENDANCE, { input: { registrationId: waiting.id, version: waiting.version, attendance: 'ATTENDED' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_REGISTERED', status: 'WAITLISTED' });
    });
  });

  it("contributes the organization's places through Organization.trainings, latest training first, keyset-paged", async () => {
    const organizationId = await h.organization();
    const first = await schedule(5, at(30), 'Earlier');
    const second = await schedule(5, at(40), 'Later');
    await register(first, organizationId, 2);
    await register(second, organizationId, 1);
    type Result = {
      _entities: {
        trainings: {
          totalCount: number;
          edges: { node: { status: string; participants: number; training: { topic: string } } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }[];
    };
    const ENTITY = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Organization {
      trainings(first: 1, after: $after) { totalCount edges { node { status participants training { topic } } } pageInfo { endCursor hasNextPage } } } } }`;
    const page1 = await h.admin.data<Result>(ENTITY, {
      r: [
        { __typename: 'Organization', id: organizationId },
        { __typename: 'Organization', id: crypto.randomUUID() },
      ],
    });
    expect(page1._entities[0].trainings.totalCount).toBe(2);
    expect(page1._entities[0].trainings.edges.map((e) => e.node.training.topic)).toEqual(['Later']);
    expect(page1._entities[1].trainings.totalCount).toBe(0);
    const page2 = await h.admin.data<Result>(ENTITY, { r: [{ __typename: 'Organization', id: organizationId }], after: page1._entities[0].trainings.pageInfo.endCursor });
    expect(page2._entities[0].trainings.edges.map((e) => [e.node.training.topic, e.node.participants])).toEqual([['Earlier', 2]]);
    expect(page2._entities[0].trainings.pageInfo.hasNextPage).toBe(false);
  });

  it('reminds each registered place once within the reminder window, however often and concurrently the sweep runs', async () => {
    const hours = 24;
    const startsAt = at(200);
    const trainingId = await schedule(1, startsAt, 'Reminder seminar');
    const [a, b] = await Promise.all([h.organization(), h.organization()]);
    const placeA = await register(trainingId, a);
    const placeB = await register(trainingId, b); // waitlisted: not reminded
    const reminders = async () =>
      await h.query<{ registrationId: string; organizationId: string; trainingId: string }>(
        `SELECT data->'payload'->>'registrationId' AS "registrationId", data->'payload'->>'organizationId' AS "organizationId",
                  data->'payload'->>'trainingId' AS "trainingId"
           FROM pgboss.job WHERE name = 'notifications.training-reminder' AND data->'payload'->>'trainingId' = $1`,
        [trainingId],
      );

    expect(await h.services.trainingReminders.run(new Date(startsAt.getTime() - (hours + 1) * HOUR))).toBe(0);
    const inWindow = new Date(startsAt.getTime() - (hours - 1) * HOUR);
    const runs = await Promise.all([h.services.trainingReminders.run(inWindow), h.services.trainingReminders.run(inWindow), h.services.trainingReminders.run(inWindow)]);
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await h.services.trainingReminders.run(new Date(inWindow.getTime() + HOUR))).toBe(0);
    expect(await reminders()).toEqual([{ registrationId: placeA.id, organizationId: a, trainingId }]);

    // B is promoted when A gives its place up: the next sweep reminds B, and only B.
    await astanaStaff().data(CANCEL, { id: placeA.id, version: placeA.version });
    expect(await h.services.trainingReminders.run(new Date(inWindow.getTime() + HOUR))).toBe(1);
    expect((await reminders()).map((r) => r.registrationId).sort()).toEqual([placeA.id, placeB.id].sort());
    // Nothing after the start.
    expect(await h.services.trainingReminders.run(new Date(startsAt.getTime() + HOUR))).toBe(0);
  });
});
