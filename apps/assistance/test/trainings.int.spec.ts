import { ALMATY, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const TRAINING_FIELDS = `id topic description audience startsAt endsAt venue capacity status version region { code } registeredSeats seatsLeft waitlistedCount
  cancelledAt cancellationReason updatedBy`;
const SCHEDULE = `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { ${TRAINING_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateTrainingInput!) { updateTraining(input: $input) { ${TRAINING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $version: Int!, $reason: String) { cancelTraining(id: $id, version: $version, reason: $reason) { ${TRAINING_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id status version participants waitlistPosition } }`;
const LIST = `query($filter: TrainingFilter, $first: Int, $after: String) { trainings(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { id topic startsAt } } pageInfo { hasNextPage endCursor } } }`;

interface TrainingShape {
  id: string;
  topic: string;
  description: string | null;
  status: string;
  version: number;
  capacity: number;
  registeredSeats: number;
  seatsLeft: number;
  waitlistedCount: number;
  startsAt: string;
  updatedBy: string | null;
}
type ListShape = { trainings: { totalCount: number; edges: { node: { id: string; topic: string; startsAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

const HOUR = 3600_000;
const base = new Date(Math.ceil((Date.now() + 5 * 24 * HOUR) / HOUR) * HOUR);
const at = (hours: number) => new Date(base.getTime() + hours * HOUR).toISOString();

describe('trainings: scheduling, optimistic locking, cancelling, the calendar', () => {
  const h = new AssistanceHarness();
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));
  const schedule = async (extra: Record<string, unknown> = {}, client = astanaStaff()) =>
    (
      await client.data<{ scheduleTraining: TrainingShape }>(SCHEDULE, {
        input: { regionCode: ASTANA, topic: 'Writing a grant application', audience: 'NGO_STAFF', startsAt: at(0), endsAt: at(3), venue: 'Room 1', capacity: 2, ...extra },
      })
    ).scheduleTraining;

  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('schedules a training, refuses bad periods and foreign staff with coded errors', async () => {
    const training = await schedule({ description: '  Bring a laptop ' });
    expect(training).toMatchObject({ status: 'SCHEDULED', version: 1, capacity: 2, registeredSeats: 0, seatsLeft: 2, waitlistedCount: 0, description: 'Bring a laptop' });

    const backwards = await astanaStaff().request(SCHEDULE, {
      input: { regionCode: ASTANA, topic: 'Backwards', audience: 'NGO_STAFF', startsAt: at(5), endsAt: at(4), venue: 'Room 1', capacity: 5 },
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'endsAt', code: 'INVALID_PERIOD' }] });
    const past = await astanaStaff().request(SCHEDULE, {
      input: { regionCode: ASTANA, topic: 'Yesterday', audience: 'NGO_STAFF', startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: at(1), venue: 'Room 1', capacity: 5 },
    });
    expect(past.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'startsAt', code: 'IN_THE_PAST' }] });
    const foreign = await h.client(staff('almaty-1', ALMATY)).request(SCHEDULE, {
      input: { regionCode: ASTANA, topic: 'Not ours', audience: 'NGO_STAFF', startsAt: at(1), endsAt: at(2), venue: 'Room 1', capacity: 5 },
    });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.training`);
    expect(n).toBe(1);
  });

  it('updates with optimistic locking: a stale version changes nothing', async () => {
    const training = await schedule({ topic: 'Media for NGOs' });
    const updated = (
      await astanaStaff().data<{ updateTraining: TrainingShape }>(UPDATE, { input: { id: training.id, version: 1, topic: 'Media for volunteer NGOs', capacity: 10 } })
    ).updateTraining;
    expect(updated).toMatchObject({ topic: 'Media for volunteer NGOs', capacity: 10, version: 2, updatedBy: 'astana-1' });
    const stale = await astanaStaff().request(UPDATE, { input: { id: training.id, version: 1, topic: 'Overwritten' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const [row] = await h.query<{ topic: string; version: number }>(`SELECT topic, version FROM assistance.training WHERE id = $1`, [training.id]);
    expect(row).toEqual({ topic: 'Media for volunteer NGOs', version: 2 });
  });

  it('refuses to shrink below the seats taken, promotes the waiting list in order when the capacity grows', async () => {
    const training = await schedule({ topic: 'Volunteer leadership', capacity: 1, audience: 'VOLUNTEER_LEADERS' });
    const orgs = [await h.organization(), await h.organization(), await h.organization()];
    const places = [];
    for (const organizationId of orgs) {
      places.push(
        (await astanaStaff().data<{ registerForTraining: { id: string; status: string } }>(REGISTER, { input: { trainingId: training.id, organizationId } })).registerForTraining,
      );
    }
    expect(places.map((p) => p.status)).toEqual(['REGISTERED', 'WAITLISTED', 'WAITLISTED']);
    const grown = (await astanaStaff().data<{ updateTraining: TrainingShape }>(UPDATE, { input: { id: training.id, version: 1, capacity: 2 } })).updateTraining;
    expect(grown).toMatchObject({ capacity: 2, registeredSeats: 2, waitlistedCount: 1 });
    const statuses = await h.query<{ id: string; status: string }>(`SELECT id, status FROM assistance.training_registration WHERE training_id = $1 ORDER BY queue_seq`, [
      training.id,
    ]);
    expect(statuses.map((s) => s.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED']);
    expect(statuses[1].id).toBe(places[1].id);

    const shrink = await astanaStaff().request(UPDATE, { input: { id: training.id, version: 2, capacity: 1 } });
    expect(shrink.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CAPACITY_BELOW_REGISTERED', registeredSeats: 2 });
  });

  it('cancels a training: TRAINING_CLOSED for later changes and registrations, and it leaves the calendar', async () => {
    const training = await schedule({ topic: 'Cancelled seminar' });
    const cancelled = (await astanaStaff().data<{ cancelTraining: TrainingShape & { cancellationReason: string } }>(CANCEL, { id: training.id, version: 1, reason: 'Speaker ill' }))
      .cancelTraining;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', version: 2, cancellationReason: 'Speaker ill' });
    const again = await astanaStaff().request(CANCEL, { id: training.id, version: 2 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRAINING_CLOSED' });
    const edit = await astanaStaff().request(UPDATE, { input: { id: training.id, version: 2, topic: 'Revived' } });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRAINING_CLOSED' });
    const register = await astanaStaff().request(REGISTER, { input: { trainingId: training.id, organizationId: await h.organization() } });
    expect(register.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRAINING_CLOSED' });
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.training_registration WHERE training_id = $1`, [training.id]);
    expect(n).toBe(0);

    const listed = await h.admin.data<ListShape>(LIST, { filter: { regionCode: ASTANA }, first: 100 });
    expect(listed.trainings.edges.map((e) => e.node.id)).not.toContain(training.id);
    const withCancelled = await h.admin.data<ListShape>(LIST, { filter: { regionCode: ASTANA, includeCancelled: true }, first: 100 });
    expect(withCancelled.trainings.edges.map((e) => e.node.id)).toContain(training.id);
  });

  it('lists the calendar by region, time window and audience, keyset-paged in time order', async () => {
    const almatyStaff = h.client(staff('almaty-1', ALMATY));
    const made = [];
    for (const [i, audience] of ['GROUP_MEMBERS', 'GROUP_MEMBERS', 'NGO_STAFF', 'GROUP_MEMBERS'].entries()) {
      made.push(await schedule({ regionCode: ALMATY, topic: `Almaty ${i}`, audience, startsAt: at(100 - i * 10), endsAt: at(101 - i * 10) }, almatyStaff));
    }
    const first = await h.admin.data<ListShape>(LIST, { filter: { regionCode: ALMATY, audience: 'GROUP_MEMBERS' }, first: 2 });
    expect(first.trainings.totalCount).toBe(3);
    expect(first.trainings.edges.map((e) => e.node.topic)).toEqual(['Almaty 3', 'Almaty 1']);
    expect(first.trainings.pageInfo.hasNextPage).toBe(true);
    const second = await h.admin.data<ListShape>(LIST, { filter: { regionCode: ALMATY, audience: 'GROUP_MEMBERS' }, first: 2, after: first.trainings.pageInfo.endCursor });
    expect(second.trainings.edges.map((e) => e.node.topic)).toEqual(['Almaty 0']);
    expect(second.trainings.pageInfo.hasNextPage).toBe(false);

    const window = await h.admin.data<ListShape>(LIST, { filter: { regionCode: ALMATY, from: at(75), to: at(95) } });
    expect(window.trainings.edges.map((e) => e.node.topic)).toEqual(['Almaty 2', 'Almaty 1']);
    const one = await h.admin.data<{ training: { id: string; topic: string } | null }>(`query($id: ID!) { training(id: $id) { id topic } }`, { id: made[0].id });
    expect(one.training).toEqual({ id: made[0].id, topic: 'Almaty 0' });
    const none = await h.admin.data<{ training: null }>(`query($id: ID!) { training(id: $id) { id } }`, { id: crypto.randomUUID() });
    expect(none.training).toBeNull();
    const badCursor = await h.admin.request(LIST, { after: 'nonsense' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads a page of trainings with their seats, places and nested trainings in a fixed number of statements, and resolves Training references', async () => {
    const almatyStaff = h.client(staff('almaty-1', ALMATY));
    const trainings = [];
    for (let i = 0; i < 3; i++) trainings.push(await schedule({ regionCode: ALMATY, topic: `Batch ${i}`, startsAt: at(300 + i), endsAt: at(301 + i), capacity: 1 }, almatyStaff));
    for (const training of trainings) {
      for (let j = 0; j < 2; j++) await almatyStaff.data(REGISTER, { input: { trainingId: training.id, organizationId: await h.organization(ALMATY) } });
    }
    const PAGE = `query($filter: TrainingFilter) { trainings(filter: $filter, first: 10) { edges { node { id registeredSeats waitlistedCount
      registrations { status waitlistPosition training { topic } } } } } }`;
    type Page = {
      trainings: {
        edges: {
          node: { id: string; registeredSeats: number; waitlistedCount: number; registrations: { status: string; waitlistPosition: number | null; training: { topic: string } }[] };
        }[];
      };
    };
    const query = jest.spyOn(h.subgraph.dataSource, 'query');
    try {
      const page = await h.admin.data<Page>(PAGE, { filter: { regionCode: ALMATY, from: at(299) } });
      expect(page.trainings.edges).toHaveLength(3);
      for (const { node } of page.trainings.edges) {
        expect(node).toMatchObject({ registeredSeats: 1, waitlistedCount: 1 });
        expect(node.registrations.map((r) => [r.status, r.waitlistPosition])).toEqual([
          ['REGISTERED', null],
          ['WAITLISTED', 1],
        ]);
      }
      // The page and its count, the seats, the places, and the places' trainings: five statements whatever the page size.
      expect(query.mock.calls.filter(([sql]: unknown[]) => /assistance\.training/.test(String(sql)))).toHaveLength(5);
    } finally {
      query.mockRestore();
    }
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Training { id topic seatsLeft } } }`;
    const entities = await h.admin.data<{ _entities: unknown[] }>(ENTITIES, {
      r: [
        { __typename: 'Training', id: trainings[0].id },
        { __typename: 'Training', id: crypto.randomUUID() },
      ],
    });
    expect(entities._entities).toEqual([{ id: trainings[0].id, topic: 'Batch 0', seatsLeft: 0 }, null]);
  });
});
