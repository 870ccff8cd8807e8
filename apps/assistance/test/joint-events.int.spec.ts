import { addCalendarDays, kazakhstanDay } from '@birge/shared-reference';
import { eventually } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ANALYST, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const FIELDS = `id kind title heldOn regionCode districtCode place directions agreed invitedCount attendedCount version
  invited { kind id attended name organization { id } stateBody { id } sponsor { id } } followUps { kind targetId note }`;
const CREATE = `mutation($input: CreateJointEventInput!) { createJointEvent(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateJointEventInput!) { updateJointEvent(input: $input) { ${FIELDS} } }`;
const FOLLOW_UP = `mutation($input: AddJointEventFollowUpInput!) { addJointEventFollowUp(input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: JointEventFilter, $first: Int, $after: String) {
  jointEvents(filter: $filter, first: $first, after: $after) { totalCount edges { node { title heldOn regionCode } } pageInfo { hasNextPage endCursor } }
}`;

type EventShape = { id: string; version: number; invitedCount: number; attendedCount: number; invited: Record<string, unknown>[]; followUps: unknown[] };
/** A day counted from today in Kazakhstan, as the service counts them (after 19:00 UTC it is already tomorrow there). */
const day = (offset: number) => addCalendarDays(kazakhstanDay(new Date()), offset);

describe('assistance: joint events', () => {
  const h = new AssistanceHarness();
  const akimat = randomUUID();
  const sponsor = randomUUID();
  let organizationId: string;
  const astana = () => h.client(staff('staff-astana', ASTANA));
  const almaty = () => h.client(staff('staff-almaty', ALMATY));

  beforeAll(async () => {
    await h.start();
    organizationId = await h.organization(ASTANA);
    const name = (en: string) => ({ kk: `${en} kk`, ru: `${en} ru`, en });
    await h.events.publish('registry.directory-entry-changed', { entryId: akimat, entryKind: 'STATE_BODY', regionCode: ASTANA, name: name('Akimat'), archived: false, version: 1 });
    await h.events.publish('registry.directory-entry-changed', { entryId: sponsor, entryKind: 'SPONSOR', regionCode: null, name: name('Fund'), archived: false, version: 1 });
    await eventually(async () => ((await h.query(`SELECT 1 FROM assistance.directory_entry`)).length === 2 ? true : undefined));
  });
  afterAll(() => h.stop());

  it('records a round table with who was invited and who came, and what followed', async () => {
    const created = await astana().data<{ createJointEvent: EventShape }>(CREATE, {
      input: {
        kind: 'ROUND_TABLE',
        title: 'Volunteers and the akimat',
        heldOn: day(-3),
        districtCode: '711210000',
        place: 'Akimat hall',
        directions: ['QAMQOR'],
        agreed: 'A shared list of families to visit',
        invited: [
          { kind: 'ORGANIZATION', id: organizationId, attended: true },
          { kind: 'STATE_BODY', id: akimat, attended: true },
          { kind: 'SPONSOR', id: sponsor, attended: false },
        ],
      },
    });
    expect(created.createJointEvent).toMatchObject({
      regionCode: ASTANA,
      districtCode: '711210000',
      invitedCount: 3,
      attendedCount: 2,
      version: 1,
      invited: [
        { kind: 'ORGANIZATION', id: organizationId, attended: true, name: null, organization: { id: organizationId }, stateBody: null },
        { kind: 'STATE_BODY', id: akimat, name: 'Akimat kk', stateBody: { id: akimat }, organization: null },
        { kind: 'SPONSOR', id: sponsor, attended: false, sponsor: { id: sponsor } },
      ],
    });
    const request = await h.submit(organizationId);
    const need = randomUUID();
    const event = created.createJointEvent;
    await astana().data(FOLLOW_UP, { input: { eventId: event.id, kind: 'NEED', targetId: need, note: 'Transport for volunteers' } });
    const followed = await astana().data<{ addJointEventFollowUp: EventShape }>(FOLLOW_UP, { input: { eventId: event.id, kind: 'ASSISTANCE_REQUEST', targetId: request.id } });
    expect(followed.addJointEventFollowUp.followUps).toEqual([
      { kind: 'NEED', targetId: need, note: 'Transport for volunteers' },
      { kind: 'ASSISTANCE_REQUEST', targetId: request.id, note: null },
    ]);
    const again = await astana().request(FOLLOW_UP, { input: { eventId: event.id, kind: 'NEED', targetId: need } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_EXISTS' });

    const updated = await astana().data<{ updateJointEvent: EventShape }>(UPDATE, {
      input: { id: event.id, version: followed.addJointEventFollowUp.version, invited: [{ kind: 'SPONSOR', id: sponsor, attended: true }] },
    });
    expect(updated.updateJointEvent).toMatchObject({ invitedCount: 1, attendedCount: 1, agreed: 'A shared list of families to visit' });
    const stale = await astana().request(UPDATE, { input: { id: event.id, version: 1, title: 'Renamed' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('names each wrong field with its code', async () => {
    const codeOf = async (input: Record<string, unknown>) =>
      (await astana().request(CREATE, { input: { kind: 'FORUM', title: 'Forum', heldOn: day(-1), ...input } })).errors?.[0].extensions?.fields?.[0];
    expect(await codeOf({ title: 'ab' })).toMatchObject({ field: 'title', code: 'INVALID_LENGTH' });
    expect(await codeOf({ heldOn: '2026-02-30' })).toMatchObject({ field: 'heldOn', code: 'INVALID_DATE' });
    expect(await codeOf({ districtCode: '751110000' })).toMatchObject({ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION' });
    expect(await codeOf({ invited: [{ kind: 'ORGANIZATION', id: randomUUID() }] })).toMatchObject({ field: 'invited.0.id', code: 'UNKNOWN_ORGANIZATION' });
    expect(await codeOf({ invited: [{ kind: 'STATE_BODY', id: sponsor }] })).toMatchObject({ field: 'invited.0.id', code: 'UNKNOWN_STATE_BODY' });
    expect(
      await codeOf({
        invited: [
          { kind: 'SPONSOR', id: sponsor },
          { kind: 'SPONSOR', id: sponsor },
        ],
      }),
    ).toMatchObject({ field: 'invited.1', code: 'DUPLICATE_PARTICIPANT' });
    expect(await codeOf({ heldOn: day(5), invited: [{ kind: 'SPONSOR', id: sponsor, attended: true }] })).toMatchObject({
      field: 'invited.0.attended',
      code: 'ATTENDANCE_BEFORE_EVENT',
    });
    const admin = await h.admin.request(CREATE, { input: { kind: 'FORUM', title: 'Forum', heldOn: day(-1) } });
    expect(admin.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'regionCode', code: 'REQUIRED' });
  });

  it("keeps each region's events to its staff, lists them by filters and pages, and lets analysts read only", async () => {
    for (const [i, heldOn] of [day(-40), day(-20), day(-10)].entries()) {
      await almaty().data(CREATE, { input: { kind: 'MEETING', title: `Almaty meeting ${i}`, heldOn, directions: i === 2 ? ['TAZA_ALEM'] : [] } });
    }
    const forbidden = await astana().request(LIST, { filter: { regionCode: ALMATY } });
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const own = await astana().data<{ jointEvents: { totalCount: number; edges: { node: { regionCode: string } }[] } }>(LIST, {});
    expect(own.jointEvents.edges.every((edge) => edge.node.regionCode === ASTANA)).toBe(true);

    const analyst = h.client(ANALYST);
    type Page = { jointEvents: { totalCount: number; edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await analyst.data<Page>(LIST, { filter: { regionCode: ALMATY }, first: 2 });
    expect(first.jointEvents.totalCount).toBe(3);
    expect(first.jointEvents.edges.map((edge) => edge.node.title)).toEqual(['Almaty meeting 2', 'Almaty meeting 1']);
    const second = await analyst.data<Page>(LIST, { filter: { regionCode: ALMATY }, first: 2, after: first.jointEvents.pageInfo.endCursor });
    expect(second.jointEvents.edges.map((edge) => edge.node.title)).toEqual(['Almaty meeting 0']);
    expect(second.jointEvents.pageInfo.hasNextPage).toBe(false);
    const period = await analyst.data<Page>(LIST, { filter: { regionCode: ALMATY, from: day(-25), to: day(-5) } });
    expect(period.jointEvents.totalCount).toBe(2);
    const direction = await analyst.data<Page>(LIST, { filter: { direction: 'TAZA_ALEM' } });
    expect(direction.jointEvents.edges.map((edge) => edge.node.title)).toEqual(['Almaty meeting 2']);
    const reversed = await analyst.request(LIST, { filter: { from: day(-5), to: day(-25) } });
    expect(reversed.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'filter.to', code: 'PERIOD_REVERSED' });
    const write = await analyst.request(CREATE, { input: { kind: 'FORUM', title: 'Forum', heldOn: day(-1), regionCode: ASTANA } });
    expect(write.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });

    const [{ id }] = await h.query<{ id: string }>(`SELECT id FROM assistance.joint_event WHERE region_code = $1 LIMIT 1`, [ALMATY]);
    const foreign = await astana().request(UPDATE, { input: { id, version: 1, agreed: 'Nothing' } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const request = await h.submit(organizationId);
    const otherRegion = await almaty().request(FOLLOW_UP, { input: { eventId: id, kind: 'ASSISTANCE_REQUEST', targetId: request.id } });
    expect(otherRegion.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'targetId', code: 'REQUEST_OTHER_REGION' });
    const [row] = await h.query<{ agreed: string | null }>(`SELECT agreed FROM assistance.joint_event WHERE id = $1`, [id]);
    expect(row.agreed).toBeNull();
  });
});
