import { eventually } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const SCHEDULE = `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id status } }`;
const ADD = `mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }`;
const BOOK = `mutation($input: BookResourceInput!) { bookResource(input: $input) { id } }`;
const ORGANIZATION = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
  assistanceRequests(first: 50) { totalCount edges { node { id } } }
  bookings(first: 50) { totalCount edges { node { id } } }
  trainings(first: 50) { totalCount edges { node { id status training { id } } } } } } }`;

type Connection<N> = { totalCount: number; edges: { node: N }[] };
type OrganizationView = {
  assistanceRequests: Connection<{ id: string }>;
  bookings: Connection<{ id: string }>;
  trainings: Connection<{ id: string; status: string; training: { id: string } }>;
};

const HOUR = 3600_000;
const base = new Date(Math.ceil((Date.now() + 6 * 24 * HOUR) / HOUR) * HOUR);
const at = (hours: number) => new Date(base.getTime() + hours * HOUR).toISOString();

describe('registry.organizations-merged: requests, bookings and training places follow the kept organization', () => {
  const h = new AssistanceHarness();
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));
  const view = async (id: string) => (await h.admin.data<{ _entities: OrganizationView[] }>(ORGANIZATION, { r: [{ __typename: 'Organization', id }] }))._entities[0];
  const claims = async (eventId: string) => (await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.processed_event WHERE event_id = $1`, [eventId]))[0].n;

  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('re-points everything once, keeps the better place where both hold one in a training', async () => {
    const keptId = await h.organization(ASTANA);
    const mergedId = await h.organization(ASTANA);
    const waitingId = await h.organization(ASTANA);
    const request = await h.submit(mergedId);
    const keptRequest = await h.submit(keptId);
    const roomId = (await astanaStaff().data<{ addBookableResource: { id: string } }>(ADD, { input: { regionCode: ASTANA, kind: 'ROOM', name: 'Hall' } })).addBookableResource.id;
    const booking = (await astanaStaff().data<{ bookResource: { id: string } }>(BOOK, { input: { resourceId: roomId, organizationId: mergedId, startsAt: at(0), endsAt: at(1) } }))
      .bookResource;
    const schedule = async (capacity: number, topic: string) =>
      (
        await astanaStaff().data<{ scheduleTraining: { id: string } }>(SCHEDULE, {
          input: { regionCode: ASTANA, topic, audience: 'GROUP_MEMBERS', startsAt: at(10), endsAt: at(12), venue: 'Hall', capacity },
        })
      ).scheduleTraining.id;
    const register = async (trainingId: string, organizationId: string) =>
      (await astanaStaff().data<{ registerForTraining: { id: string; status: string } }>(REGISTER, { input: { trainingId, organizationId } })).registerForTraining;
    // Both hold a place in `shared`: the merged one's REGISTERED place is better than the kept one's WAITLISTED.
    const shared = await schedule(2, 'Shared seminar');
    const mergedPlace = await register(shared, mergedId);
    const other = await register(shared, await h.organization(ASTANA));
    const keptPlace = await register(shared, keptId);
    const waitingPlace = await register(shared, waitingId);
    expect([mergedPlace.status, other.status, keptPlace.status, waitingPlace.status]).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED', 'WAITLISTED']);
    const own = await schedule(5, 'Only the merged one');
    const ownPlace = await register(own, mergedId);

    const event = await h.events.publish('registry.organizations-merged', { keptId, mergedId, regionCode: ALMATY, districtCode: null });
    await eventually(async () => ((await claims(event.eventId)) === 1 ? true : undefined));

    const kept = await view(keptId);
    expect(kept.assistanceRequests.edges.map((e) => e.node.id).sort()).toEqual([request.id, keptRequest.id].sort());
    expect(kept.bookings.edges.map((e) => e.node.id)).toEqual([booking.id]);
    const places = Object.fromEntries(kept.trainings.edges.map((e) => [e.node.id, e.node.status]));
    expect(places).toEqual({ [mergedPlace.id]: 'REGISTERED', [keptPlace.id]: 'CANCELLED', [ownPlace.id]: 'REGISTERED' });
    const gone = await view(mergedId);
    expect([gone.assistanceRequests.totalCount, gone.bookings.totalCount, gone.trainings.totalCount]).toEqual([0, 0, 0]);
    // The kept organization's cancelled place was waitlisted: no seat freed, the next in line still waits, now first.
    const waiting = await h.query<{ status: string }>(`SELECT status FROM assistance.training_registration WHERE id = $1`, [waitingPlace.id]);
    expect(waiting[0].status).toBe('WAITLISTED');
    // The directory: the merged organization is gone; the kept one has the region the registry now gives.
    const directory = await h.query<{ organization_id: string; region_code: string }>(
      `SELECT organization_id, region_code FROM assistance.organization_directory WHERE organization_id = ANY($1::uuid[])`,
      [[keptId, mergedId]],
    );
    expect(directory).toEqual([{ organization_id: keptId, region_code: ALMATY }]);
    const stranger = await astanaStaff().request(REGISTER, { input: { trainingId: own, organizationId: mergedId } });
    expect(stranger.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'organizationId', code: 'UNKNOWN_ORGANIZATION' }] });

    // Delivered again after a crash: nothing changes, nothing is claimed twice.
    const before = await h.query(`SELECT id, organization_id, status, version FROM assistance.training_registration ORDER BY id`);
    await h.events.redeliver('assistance.organization-merges', event);
    await eventually(async () => ((await h.events.completed('assistance.organization-merges', event.eventId)) === 2 ? true : undefined));
    expect(await claims(event.eventId)).toBe(1);
    expect(await h.query(`SELECT id, organization_id, status, version FROM assistance.training_registration ORDER BY id`)).toEqual(before);
    // Even applied again without the claim, the statements change nothing.
    await h.subgraph.dataSource.transaction((manager) => h.services.organizationMerges.apply(manager, event.eventId, { keptId, mergedId, regionCode: ALMATY, districtCode: null }));
    expect(await h.query(`SELECT id, organization_id, status, version FROM assistance.training_registration ORDER BY id`)).toEqual(before);
  });

  it('frees the seats of a dropped REGISTERED place for the waiting list', async () => {
    const keptId = await h.organization(ASTANA);
    const mergedId = await h.organization(ASTANA);
    const nextId = await h.organization(ASTANA);
    const trainingId = (
      await astanaStaff().data<{ scheduleTraining: { id: string } }>(SCHEDULE, {
        input: { regionCode: ASTANA, topic: 'Two seats', audience: 'NGO_STAFF', startsAt: at(20), endsAt: at(21), venue: 'Hall', capacity: 2 },
      })
    ).scheduleTraining.id;
    const register = async (organizationId: string) =>
      (await astanaStaff().data<{ registerForTraining: { id: string; status: string } }>(REGISTER, { input: { trainingId, organizationId } })).registerForTraining;
    const keptPlace = await register(keptId);
    const mergedPlace = await register(mergedId);
    const nextPlace = await register(nextId);
    expect(nextPlace.status).toBe('WAITLISTED');

    const event = await h.events.publish('registry.organizations-merged', { keptId, mergedId, regionCode: ASTANA, districtCode: null });
    await eventually(async () => ((await claims(event.eventId)) === 1 ? true : undefined));
    const rows = await h.query<{ id: string; status: string; organization_id: string }>(
      `SELECT id, status, organization_id FROM assistance.training_registration WHERE training_id = $1 ORDER BY queue_seq`,
      [trainingId],
    );
    expect(rows).toEqual([
      { id: keptPlace.id, status: 'REGISTERED', organization_id: keptId },
      { id: mergedPlace.id, status: 'CANCELLED', organization_id: keptId },
      { id: nextPlace.id, status: 'REGISTERED', organization_id: nextId },
    ]);
  });

  it('sends a late registration event of a merged organization, and requests submitted for it, to the kept one', async () => {
    const keptId = await h.organization(ASTANA);
    const mergedId = randomUUID();
    const event = await h.events.publish('registry.organizations-merged', { keptId, mergedId, regionCode: ASTANA, districtCode: null });
    await eventually(async () => ((await claims(event.eventId)) === 1 ? true : undefined));
    const request = await h.submit(mergedId);
    // The merged organization's own registration event arrives last, on its own queue.
    const late = await h.events.publish('registry.organization-registered', {
      organizationId: mergedId,
      name: 'Old',
      kind: 'NGO' as never,
      regionCode: ALMATY,
      districtCode: null,
    });
    await eventually(async () => ((await claims(late.eventId)) === 1 ? true : undefined));
    const [row] = await h.query<{ organization_id: string; region_code: string | null }>(`SELECT organization_id, region_code FROM assistance.assistance_request WHERE id = $1`, [
      request.id,
    ]);
    expect(row).toEqual({ organization_id: keptId, region_code: ASTANA });
    const directory = await h.query(`SELECT 1 FROM assistance.organization_directory WHERE organization_id = $1`, [mergedId]);
    expect(directory).toEqual([]);
  });
});
