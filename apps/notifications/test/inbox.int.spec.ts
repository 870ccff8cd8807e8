import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType, Role, type EventEnvelope, type Identity } from '@birge/shared-reference';
import { assistanceRequestState, eventually, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ASTANA, notificationsTestbed } from './support/notifications-testbed';

const QUEUE = 'notifications.request-submitted';
const SHYMKENT = '790000000';

const INBOX = `query Inbox($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount
    edges { cursor node { id kind read createdAt region { code } organization { id } assistanceRequest { id } } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;
const MARK = `mutation Mark($id: ID!) { markNotificationRead(id: $id) { id read } }`;

interface NotificationNode {
  id: string;
  kind: string;
  read: boolean;
  createdAt: string;
  region: { code: string };
  organization: { id: string } | null;
  assistanceRequest: { id: string } | null;
}
interface Inbox {
  notifications: { totalCount: number; edges: { cursor: string; node: NotificationNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  unreadNotificationCount: number;
}
type InboxArgs = { first?: number; after?: string | null; unreadOnly?: boolean };

const staff = (userId: string, regionCode: string): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode });

describe('notifications subgraph: the staff inbox', () => {
  const bed = notificationsTestbed();
  let astanaStaff: GraphQLTestClient;
  let astanaColleague: GraphQLTestClient;
  let almatyStaff: GraphQLTestClient;
  let admin: GraphQLTestClient;
  let submitted: EventEnvelope<'assistance.request-submitted'>;

  beforeAll(async () => {
    astanaStaff = new GraphQLTestClient(bed.subgraph.url, { identity: staff('astana-1', ASTANA) });
    astanaColleague = new GraphQLTestClient(bed.subgraph.url, { identity: staff('astana-2', ASTANA) });
    almatyStaff = new GraphQLTestClient(bed.subgraph.url, { identity: staff('almaty-1', ALMATY) });
    admin = new GraphQLTestClient(bed.subgraph.url);
  });

  const notificationsOf = async (eventId: string) =>
    Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM notifications.notification WHERE event_id = $1', [eventId]))[0].n);
  const total = async () => Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM notifications.notification'))[0].n);

  const submit = (regionCode: string) => {
    const state = assistanceRequestState({ regionCode });
    return bed.events.publish('assistance.request-submitted', {
      requestId: state.requestId,
      organizationId: state.organizationId,
      regionCode,
      type: AssistanceType.ADMINISTRATIVE,
      subtype: AssistanceSubtype.TRAINING,
      status: AssistanceRequestStatus.NEW,
      state,
    });
  };

  it('turns a submitted request into exactly one notification, even when the event is delivered twice', async () => {
    submitted = await submit(ASTANA);
    await eventually(async () => ((await notificationsOf(submitted.eventId)) === 1 ? true : undefined));

    // The same envelope again, as after a crash between the consumer's commit and the job's ack.
    await bed.events.redeliver(QUEUE, submitted);
    await eventually(async () => ((await bed.events.completed(QUEUE, submitted.eventId)) === 2 ? true : undefined));
    expect(await notificationsOf(submitted.eventId)).toBe(1);
    expect(await bed.subgraph.services.inboxEvents.handle(submitted)).toBe(false);

    // Even with its claim lost, the unique (event_id, region_code) keeps the event from doubling.
    await bed.subgraph.dataSource.query('DELETE FROM notifications.processed_event WHERE event_id = $1', [submitted.eventId]);
    await bed.subgraph.services.inboxEvents.handle(submitted);
    expect(await notificationsOf(submitted.eventId)).toBe(1);
  });

  it('shows the notification to the staff of its region and to national roles, not to another region', async () => {
    const astana = await astanaStaff.data<Inbox, InboxArgs>(INBOX, {});
    expect(astana.unreadNotificationCount).toBe(1);
    expect(astana.notifications.totalCount).toBe(1);
    expect(astana.notifications.edges[0].node).toMatchObject({
      kind: 'ASSISTANCE_REQUEST_SUBMITTED',
      read: false,
      region: { code: ASTANA },
      organization: { id: submitted.payload.organizationId },
      assistanceRequest: { id: submitted.payload.requestId },
    });

    const almaty = await almatyStaff.data<Inbox, InboxArgs>(INBOX, {});
    expect(almaty.unreadNotificationCount).toBe(0);
    expect(almaty.notifications.edges).toEqual([]);

    const national = await admin.data<Inbox, InboxArgs>(INBOX, {});
    expect(national.notifications.edges.map((e) => e.node.id)).toEqual([astana.notifications.edges[0].node.id]);
  });

  it('marks read per user, decrementing the count once however often it is marked', async () => {
    const { notifications } = await astanaStaff.data<Inbox, InboxArgs>(INBOX, {});
    const id = notifications.edges[0].node.id;

    const first = await astanaStaff.data<{ markNotificationRead: { id: string; read: boolean } }, { id: string }>(MARK, { id });
    expect(first.markNotificationRead).toEqual({ id, read: true });
    expect((await astanaStaff.data<Inbox, InboxArgs>(INBOX, {})).unreadNotificationCount).toBe(0);

    const readAt = async () =>
      (await bed.subgraph.dataSource.query('SELECT read_at FROM notifications.notification_read WHERE notification_id = $1 AND user_id = $2', [id, 'astana-1']))[0].read_at as Date;
    const firstReadAt = await readAt();
    const again = await astanaStaff.data<{ markNotificationRead: { id: string; read: boolean } }, { id: string }>(MARK, { id });
    expect(again.markNotificationRead.read).toBe(true);
    expect(await readAt()).toEqual(firstReadAt);

    const after = await astanaStaff.data<Inbox, InboxArgs>(INBOX, {});
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.edges[0].node.read).toBe(true);
    expect((await astanaStaff.data<Inbox, InboxArgs>(INBOX, { unreadOnly: true })).notifications.edges).toEqual([]);

    // A colleague in the same office has not read it yet.
    expect((await astanaColleague.data<Inbox, InboxArgs>(INBOX, {})).unreadNotificationCount).toBe(1);
  });

  it("answers NOT_FOUND for another region's or a missing notification and BAD_USER_INPUT for a malformed id", async () => {
    const { notifications } = await astanaStaff.data<Inbox, InboxArgs>(INBOX, {});
    const id = notifications.edges[0].node.id;

    const foreign = await almatyStaff.request(MARK, { id });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await astanaStaff.request(MARK, { id: randomUUID() });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await astanaStaff.request(MARK, { id: 'not-a-uuid' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', code: 'INVALID_ID' }] });
    expect(Number((await bed.subgraph.dataSource.query(`SELECT count(*) AS n FROM notifications.notification_read WHERE user_id = 'almaty-1'`))[0].n)).toBe(0);
  });

  it('refuses anonymous callers and partner systems', async () => {
    const anonymous = new GraphQLTestClient(bed.subgraph.url, { identity: null });
    const query = await anonymous.request(INBOX, {});
    expect(query.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(query.data).toEqual({ notifications: null, unreadNotificationCount: null });
    const mark = await anonymous.request(MARK, { id: randomUUID() });
    expect(mark.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const partner = new GraphQLTestClient(bed.subgraph.url, { identity: { userId: 'qazvolunteer', role: Role.PARTNER, regionCode: null } });
    expect((await partner.request(INBOX, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages newest first with keyset cursors, also over unread ones only', async () => {
    const before = await total();
    for (let i = 0; i < 5; i++) await submit(SHYMKENT);
    await eventually(async () => ((await total()) === before + 5 ? true : undefined));
    const shymkent = new GraphQLTestClient(bed.subgraph.url, { identity: staff('shymkent-1', SHYMKENT) });

    const all = await shymkent.data<Inbox, InboxArgs>(INBOX, { first: 100 });
    expect(all.notifications.totalCount).toBe(5);
    const times = all.notifications.edges.map((e) => e.node.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Inbox = await shymkent.data<Inbox, InboxArgs>(INBOX, { first: 2, after });
      expect(page.notifications.totalCount).toBe(5);
      seen.push(...page.notifications.edges.map((e) => e.node.id));
      pages++;
      if (!page.notifications.pageInfo.hasNextPage) break;
      after = page.notifications.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(all.notifications.edges.map((e) => e.node.id));

    await shymkent.data(MARK, { id: seen[1] });
    const unreadFirst = await shymkent.data<Inbox, InboxArgs>(INBOX, { first: 2, unreadOnly: true });
    expect(unreadFirst.notifications.totalCount).toBe(4);
    expect(unreadFirst.notifications.edges.map((e) => e.node.id)).toEqual([seen[0], seen[2]]);
    const unreadRest = await shymkent.data<Inbox, InboxArgs>(INBOX, { first: 2, unreadOnly: true, after: unreadFirst.notifications.pageInfo.endCursor });
    expect(unreadRest.notifications.edges.map((e) => e.node.id)).toEqual([seen[3], seen[4]]);
    expect(unreadRest.notifications.pageInfo.hasNextPage).toBe(false);

    const forged = await shymkent.request(INBOX, { after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', code: 'INVALID_CURSOR' }] });
  });

  it('resolves Notification references only for readers who may see them, in one statement', async () => {
    const { notifications } = await astanaStaff.data<Inbox, InboxArgs>(INBOX, {});
    const id = notifications.edges[0].node.id;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Notification { id read region { code } } } }`;
    const representations = {
      r: [
        { __typename: 'Notification', id },
        { __typename: 'Notification', id: randomUUID() },
      ],
    };

    const query = jest.spyOn(bed.subgraph.dataSource, 'query');
    try {
      const own = await astanaStaff.data<{ _entities: unknown[] }, typeof representations>(ENTITIES, representations);
      expect(own._entities).toEqual([{ id, read: true, region: { code: ASTANA } }, null]);
      expect(query.mock.calls.filter(([sql]: unknown[]) => String(sql).includes('notifications.notification'))).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
    const foreign = await almatyStaff.data<{ _entities: unknown[] }, typeof representations>(ENTITIES, representations);
    expect(foreign._entities).toEqual([null, null]);
  });
});
