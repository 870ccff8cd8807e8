import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType, Role, type EventEnvelope, type EventName, type EventPayloads, type Identity } from '@birge/shared-reference';
import { assistanceRequestState, createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { NotificationsServices } from '../src/notifications.context';
import { notificationsSubgraph } from '../src/notifications.subgraph';

const KARAGANDA = '350000000';
const staff = (userId: string): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode: KARAGANDA });

const INBOX = `query Inbox($filter: NotificationFilter, $first: Int) {
  notifications(first: $first, filter: $filter) {
    totalCount
    edges { node { id kind read archived personal assigneeId previousAssigneeId fromStatus toStatus assistanceRequest { id } } }
  }
  unreadNotificationCount
}`;
interface Node {
  id: string;
  kind: string;
  read: boolean;
  archived: boolean;
  personal: boolean;
  assigneeId: string | null;
  previousAssigneeId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  assistanceRequest: { id: string } | null;
}
interface Inbox {
  notifications: { totalCount: number; edges: { node: Node }[] };
  unreadNotificationCount: number;
}
interface Filter {
  kind?: string;
  read?: boolean;
  archived?: boolean;
}

describe('notifications: who is told, what it says, and the inbox actions', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<NotificationsServices>;
  const clients = new Map<string, GraphQLTestClient>();
  const as = (userId: string) => {
    if (!clients.has(userId)) clients.set(userId, new GraphQLTestClient(subgraph.url, { identity: staff(userId) }));
    return clients.get(userId) as GraphQLTestClient;
  };
  const inbox = (userId: string, filter: Filter = {}) => as(userId).data<Inbox, { filter: Filter; first: number }>(INBOX, { filter, first: 100 });
  const requestIdsOf = async (userId: string, filter: Filter = {}) => (await inbox(userId, filter)).notifications.edges.map((e) => e.node.assistanceRequest?.id);

  /** One event handled as its queue's consumer would handle it. */
  const deliver = async <N extends EventName>(name: N, payload: EventPayloads[N]): Promise<EventEnvelope<N>> => {
    const event: EventEnvelope<N> = { eventId: randomUUID(), name, occurredAt: new Date().toISOString(), payload };
    await subgraph.services.inboxEvents.handle(event as unknown as EventEnvelope);
    return event;
  };
  const submitted = (actorId: string | null) => {
    const state = assistanceRequestState({ regionCode: KARAGANDA });
    return deliver('assistance.request-submitted', {
      requestId: state.requestId,
      organizationId: state.organizationId,
      regionCode: KARAGANDA,
      type: AssistanceType.ADMINISTRATIVE,
      subtype: AssistanceSubtype.TRAINING,
      status: AssistanceRequestStatus.NEW,
      state,
      actorId,
    });
  };
  const assigned = (requestId: string, assigneeId: string | null, previousAssigneeId: string | null, actorId: string) =>
    deliver('assistance.request-assigned', {
      requestId,
      organizationId: randomUUID(),
      regionCode: KARAGANDA,
      assigneeId,
      previousAssigneeId,
      state: assistanceRequestState({ requestId, regionCode: KARAGANDA, assigneeId }),
      actorId,
    });
  const statusChanged = (requestId: string, assigneeId: string | null, from: AssistanceRequestStatus, to: AssistanceRequestStatus, actorId: string) =>
    deliver('assistance.request-status-changed', {
      requestId,
      organizationId: randomUUID(),
      regionCode: KARAGANDA,
      from,
      to,
      state: assistanceRequestState({ requestId, regionCode: KARAGANDA, assigneeId, status: to }),
      actorId,
    });
  const rowsOf = async (eventId: string) => Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM notifications.notification WHERE event_id = $1', [eventId]))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(notificationsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  });
  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  it('never tells people about their own actions', async () => {
    const own = await submitted('k-1');
    expect(await requestIdsOf('k-1')).not.toContain(own.payload.requestId);
    expect(await requestIdsOf('k-2')).toContain(own.payload.requestId);
    const booking = await deliver('assistance.booking-confirmed', {
      bookingId: randomUUID(),
      resourceId: randomUUID(),
      organizationId: randomUUID(),
      regionCode: KARAGANDA,
      startsAt: new Date().toISOString(),
      endsAt: new Date().toISOString(),
      actorId: 'k-2',
    });
    const kinds = async (userId: string) => (await inbox(userId, { kind: 'BOOKING_CONFIRMED' })).notifications.totalCount;
    expect(await kinds('k-2')).toBe(0);
    expect(await kinds('k-1')).toBe(1);
    expect(await rowsOf(booking.eventId)).toBe(1);
    // An event queued before producers sent the actor still reaches everyone.
    const older = await submitted(null);
    expect(await requestIdsOf('k-1')).toContain(older.payload.requestId);
  });

  it('tells an assignment to the assignee only, and the whole office again once the request is unassigned', async () => {
    const requestId = randomUUID();
    await assigned(requestId, 'k-2', null, 'k-1');
    const assignee = (await inbox('k-2', { kind: 'ASSISTANCE_REQUEST_ASSIGNED' })).notifications.edges.map((e) => e.node);
    expect(assignee).toEqual([expect.objectContaining({ assistanceRequest: { id: requestId }, assigneeId: 'k-2', previousAssigneeId: null, personal: true })]);
    expect(await requestIdsOf('k-1', { kind: 'ASSISTANCE_REQUEST_ASSIGNED' })).toEqual([]);
    expect(await requestIdsOf('k-3', { kind: 'ASSISTANCE_REQUEST_ASSIGNED' })).toEqual([]);
    const national = new GraphQLTestClient(subgraph.url, { identity: { userId: 'admin-1', role: Role.REPUBLICAN_ADMIN, regionCode: null } });
    expect((await national.data<Inbox>(INBOX, { filter: { kind: 'ASSISTANCE_REQUEST_ASSIGNED' } })).notifications.totalCount).toBe(0);

    // Taking a request oneself tells nobody, and writes nothing.
    const self = await assigned(randomUUID(), 'k-3', null, 'k-3');
    expect(await rowsOf(self.eventId)).toBe(0);

    // Given back: the office (not the one who did it) is told, with who had it.
    await assigned(requestId, null, 'k-2', 'k-2');
    const office = (await inbox('k-3', { kind: 'ASSISTANCE_REQUEST_ASSIGNED' })).notifications.edges.map((e) => e.node);
    expect(office).toEqual([expect.objectContaining({ assistanceRequest: { id: requestId }, assigneeId: null, previousAssigneeId: 'k-2', personal: false })]);
    expect(await requestIdsOf('k-2', { kind: 'ASSISTANCE_REQUEST_ASSIGNED' })).toEqual([requestId]);
  });

  it('says what a status change changed, from and to, for the assignee only while the request has one', async () => {
    const mine = randomUUID();
    await statusChanged(mine, 'k-2', AssistanceRequestStatus.TRIAGED, AssistanceRequestStatus.IN_PROGRESS, 'admin-1');
    const changes = (await inbox('k-2', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED' })).notifications.edges.map((e) => e.node);
    expect(changes).toEqual([expect.objectContaining({ assistanceRequest: { id: mine }, fromStatus: 'TRIAGED', toStatus: 'IN_PROGRESS', personal: true })]);
    expect(await requestIdsOf('k-1', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED' })).toEqual([]);

    const unassigned = randomUUID();
    await statusChanged(unassigned, null, AssistanceRequestStatus.NEW, AssistanceRequestStatus.DECLINED, 'k-1');
    const office = (await inbox('k-3', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED' })).notifications.edges.map((e) => e.node);
    expect(office).toEqual([expect.objectContaining({ assistanceRequest: { id: unassigned }, fromStatus: 'NEW', toStatus: 'DECLINED', personal: false })]);
    expect(await requestIdsOf('k-1', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED' })).toEqual([]);

    // Overdue requests go to their assignee too.
    const overdue = randomUUID();
    await deliver('assistance.request-overdue', {
      requestId: overdue,
      organizationId: randomUUID(),
      regionCode: KARAGANDA,
      subtype: AssistanceSubtype.TRAINING,
      dueAt: new Date().toISOString(),
      assigneeId: 'k-3',
    });
    expect(await requestIdsOf('k-3', { kind: 'ASSISTANCE_REQUEST_OVERDUE' })).toEqual([overdue]);
    expect(await requestIdsOf('k-1', { kind: 'ASSISTANCE_REQUEST_OVERDUE' })).toEqual([]);
  });

  it('filters by kind and read state, and marks all read (of one kind, or all) for the caller only', async () => {
    const before = await inbox('k-3');
    expect(before.unreadNotificationCount).toBe(before.notifications.totalCount);
    expect(before.unreadNotificationCount).toBeGreaterThan(2);

    const MARK_ALL = `mutation($kind: NotificationKind) { markAllNotificationsRead(kind: $kind) }`;
    const submittedCount = (await inbox('k-3', { kind: 'ASSISTANCE_REQUEST_SUBMITTED' })).notifications.totalCount;
    expect(submittedCount).toBe(2);
    expect((await as('k-3').data<{ markAllNotificationsRead: number }>(MARK_ALL, { kind: 'ASSISTANCE_REQUEST_SUBMITTED' })).markAllNotificationsRead).toBe(2);
    expect((await inbox('k-3', { kind: 'ASSISTANCE_REQUEST_SUBMITTED', read: false })).notifications.totalCount).toBe(0);
    expect((await inbox('k-3', { read: true })).notifications.edges.every((e) => e.node.kind === 'ASSISTANCE_REQUEST_SUBMITTED' && e.node.read)).toBe(true);
    expect((await inbox('k-3')).unreadNotificationCount).toBe(before.unreadNotificationCount - 2);

    const rest = before.unreadNotificationCount - 2;
    expect((await as('k-3').data<{ markAllNotificationsRead: number }>(MARK_ALL, {})).markAllNotificationsRead).toBe(rest);
    expect((await as('k-3').data<{ markAllNotificationsRead: number }>(MARK_ALL, {})).markAllNotificationsRead).toBe(0);
    const after = await inbox('k-3');
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.totalCount).toBe(before.notifications.totalCount);
    expect((await inbox('k-3', { read: false })).notifications.edges).toEqual([]);
    // A colleague's read state is their own.
    expect((await inbox('k-1')).unreadNotificationCount).toBeGreaterThan(0);
  });

  it('archives one notification for the caller: out of the inbox and the count, into the archive, read', async () => {
    const first = await inbox('k-1');
    const target = first.notifications.edges.find((e) => !e.node.personal)?.node as Node;
    expect(target.read).toBe(false);
    const ARCHIVE = `mutation($id: ID!) { archiveNotification(id: $id) { id read archived } }`;
    expect((await as('k-1').data<{ archiveNotification: unknown }>(ARCHIVE, { id: target.id })).archiveNotification).toEqual({ id: target.id, read: true, archived: true });
    // Again: no change, no error.
    expect((await as('k-1').data<{ archiveNotification: unknown }>(ARCHIVE, { id: target.id })).archiveNotification).toEqual({ id: target.id, read: true, archived: true });

    const after = await inbox('k-1');
    expect(after.notifications.edges.map((e) => e.node.id)).not.toContain(target.id);
    expect(after.notifications.totalCount).toBe(first.notifications.totalCount - 1);
    expect(after.unreadNotificationCount).toBe(first.unreadNotificationCount - 1);
    const archive = await inbox('k-1', { archived: true });
    expect(archive.notifications.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: target.id, archived: true, read: true })]);
    // A colleague's inbox keeps it, unread.
    expect((await inbox('k-9')).notifications.edges.find((e) => e.node.id === target.id)?.node).toMatchObject({ read: false, archived: false });

    const foreign = await new GraphQLTestClient(subgraph.url, { identity: { userId: 'a-1', role: Role.REGIONAL_STAFF, regionCode: '750000000' } }).request(ARCHIVE, {
      id: target.id,
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await as('k-1').request(ARCHIVE, { id: 'nope' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', code: 'INVALID_ID' }] });
  });

  it('keeps the deprecated unreadOnly argument working as filter: { read: false }', async () => {
    const legacy = await as('k-1').data<{ notifications: { totalCount: number } }>(`{ notifications(unreadOnly: true) { totalCount } }`);
    expect(legacy.notifications.totalCount).toBe((await inbox('k-1', { read: false })).notifications.totalCount);
  });
});
