import { ALMATY, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const ADD = `mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id name kind region { code } } }`;
const BOOK = `mutation($input: BookResourceInput!) { bookResource(input: $input) { id status version startsAt endsAt resource { id name } organization { id } } }`;
const CANCEL = `mutation($id: ID!, $version: Int!) { cancelBooking(id: $id, version: $version) { id status version cancelledAt } }`;

interface BookingShape {
  id: string;
  status: string;
  version: number;
  startsAt: string;
  endsAt: string;
}

const HOUR = 3600_000;
/** A whole hour some days ahead, so tests never book in the past. */
const base = new Date(Math.ceil((Date.now() + 3 * 24 * HOUR) / HOUR) * HOUR);
const at = (hours: number) => new Date(base.getTime() + hours * HOUR).toISOString();

describe('premises and equipment: bookings', () => {
  const h = new AssistanceHarness();
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));
  let organizationId: string;
  let roomId: string;

  beforeAll(async () => {
    await h.start();
    organizationId = await h.organization(ASTANA);
    const room = await astanaStaff().data<{ addBookableResource: { id: string } }>(ADD, {
      input: { regionCode: ASTANA, kind: 'ROOM', name: 'Meeting room 1', capacity: 20 },
    });
    roomId = room.addBookableResource.id;
  });
  afterAll(() => h.stop());

  const confirmed = async (resourceId: string) =>
    (await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.booking WHERE resource_id = $1 AND status = 'CONFIRMED'`, [resourceId]))[0].n;

  it('books a slot, refuses an overlap with BOOKING_OVERLAP changing nothing, allows back-to-back, and frees the slot on cancellation', async () => {
    const first = (await astanaStaff().data<{ bookResource: BookingShape }>(BOOK, { input: { resourceId: roomId, organizationId, startsAt: at(0), endsAt: at(2) } })).bookResource;
    expect(first.status).toBe('CONFIRMED');
    const jobsBefore = (await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'notifications.booking-%'`))[0].n;

    const overlap = await astanaStaff().request(BOOK, { input: { resourceId: roomId, organizationId, startsAt: at(1), endsAt: at(3) } });
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BOOKING_OVERLAP', resourceId: roomId });
    expect(await confirmed(roomId)).toBe(1);
    expect((await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'notifications.booking-%'`))[0].n).toBe(jobsBefore);

    const adjacent = await astanaStaff().data<{ bookResource: BookingShape }>(BOOK, { input: { resourceId: roomId, organizationId, startsAt: at(2), endsAt: at(3) } });
    expect(adjacent.bookResource.status).toBe('CONFIRMED');

    const stale = await astanaStaff().request(CANCEL, { id: first.id, version: first.version + 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const cancelled = await astanaStaff().data<{ cancelBooking: BookingShape }>(CANCEL, { id: first.id, version: first.version });
    expect(cancelled.cancelBooking).toMatchObject({ status: 'CANCELLED', version: first.version + 1 });
    const twice = await astanaStaff().request(CANCEL, { id: first.id, version: first.version + 1 });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CANCELLED' });

    const rebooked = await astanaStaff().data<{ bookResource: BookingShape }>(BOOK, { input: { resourceId: roomId, organizationId, startsAt: at(1), endsAt: at(2) } });
    expect(rebooked.bookResource.status).toBe('CONFIRMED');
    const names = await h.query<{ name: string }>(`SELECT name FROM pgboss.job WHERE name LIKE 'notifications.booking-%' ORDER BY created_on`);
    expect(names.map((n) => n.name)).toEqual([
      'notifications.booking-confirmed',
      'notifications.booking-confirmed',
      'notifications.booking-cancelled',
      'notifications.booking-confirmed',
    ]);
  });

  it('refuses bad periods, unknown organizations and foreign staff with coded errors', async () => {
    const before = await confirmed(roomId);
    const backwards = await astanaStaff().request(BOOK, { input: { resourceId: roomId, organizationId, startsAt: at(30), endsAt: at(29) } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'endsAt', code: 'INVALID_PERIOD' }] });
    const past = await astanaStaff().request(BOOK, { input: { resourceId: roomId, organizationId, startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: at(1) } });
    expect(past.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'startsAt', code: 'IN_THE_PAST' }] });
    const stranger = await astanaStaff().request(BOOK, { input: { resourceId: roomId, organizationId: crypto.randomUUID(), startsAt: at(40), endsAt: at(41) } });
    expect(stranger.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'organizationId', code: 'UNKNOWN_ORGANIZATION' }] });
    const foreign = await h.client(staff('almaty-1', ALMATY)).request(BOOK, { input: { resourceId: roomId, organizationId, startsAt: at(40), endsAt: at(41) } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    expect(await confirmed(roomId)).toBe(before);
    const duplicateName = await astanaStaff().request(ADD, { input: { regionCode: ASTANA, kind: 'ROOM', name: 'Meeting room 1' } });
    expect(duplicateName.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESOURCE_NAME_TAKEN' });
  });

  it('accepts exactly one booking per slot when many conflicting bookings arrive at once', async () => {
    const projector = (await astanaStaff().data<{ addBookableResource: { id: string } }>(ADD, { input: { regionCode: ASTANA, kind: 'EQUIPMENT', name: 'Projector' } }))
      .addBookableResource.id;
    // Two slots; every attempt within a slot overlaps every other (they all cover its middle hour).
    const attempts = [0, 10].flatMap((slot) => Array.from({ length: 12 }, (_, i) => ({ slot, startsAt: at(100 + slot + i * 0.05), endsAt: at(102 + slot + i * 0.05) })));
    const results = await Promise.all(
      attempts.map(({ startsAt, endsAt }) => astanaStaff().request<{ bookResource: BookingShape }>(BOOK, { input: { resourceId: projector, organizationId, startsAt, endsAt } })),
    );
    for (const slot of [0, 10]) {
      const own = results.filter((_, i) => attempts[i].slot === slot);
      expect(own.filter((r) => r.data?.bookResource?.status === 'CONFIRMED')).toHaveLength(1);
      expect(own.filter((r) => r.errors?.[0].extensions?.reason === 'BOOKING_OVERLAP')).toHaveLength(11);
    }
    expect(await confirmed(projector)).toBe(2);
    const overlapping = await h.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM assistance.booking a JOIN assistance.booking b ON a.resource_id = b.resource_id AND a.id < b.id
       WHERE a.status = 'CONFIRMED' AND b.status = 'CONFIRMED' AND a.period && b.period`,
    );
    expect(overlapping[0].n).toBe(0);
  });

  it("contributes the organization's bookings through the Organization entity", async () => {
    type Result = { _entities: { bookings: { totalCount: number; edges: { node: { status: string; resource: { name: string } } }[] } }[] };
    const result = await h.admin.data<Result>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { bookings(first: 50) { totalCount edges { node { status resource { name } } } } } } }`,
      { r: [{ __typename: 'Organization', id: organizationId }] },
    );
    const { bookings } = result._entities[0];
    expect(bookings.totalCount).toBe(5);
    expect(
      bookings.edges
        .filter((e) => e.node.status === 'CONFIRMED')
        .map((e) => e.node.resource.name)
        .sort(),
    ).toEqual(['Meeting room 1', 'Meeting room 1', 'Projector', 'Projector']);
  });
});
