import { AssistanceRequestStatus, AssistanceSubtype, Role, type Identity } from '@birge/shared-reference';
import { assistanceRequestState, eventually, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ASTANA, notificationsTestbed } from './support/notifications-testbed';

const staff = (userId: string, regionCode: string): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode });

const INBOX = `{ notifications(first: 50) { edges { node { kind region { code } organization { id } assistanceRequest { id } booking { id } trainingId training { id } assigneeId } } } }`;
interface Node {
  kind: string;
  region: { code: string };
  organization: { id: string } | null;
  assistanceRequest: { id: string } | null;
  booking: { id: string } | null;
  trainingId: string | null;
  training: { id: string } | null;
  assigneeId: string | null;
}

describe('notifications from the assistance workflow', () => {
  const bed = notificationsTestbed();

  const count = async (eventId: string) =>
    (await bed.subgraph.dataSource.query('SELECT count(*)::int AS n FROM notifications.notification WHERE event_id = $1', [eventId]))[0].n as number;

  it('turns each workflow event into one notification: for the staff of its region, an assignment for its assignee', async () => {
    const organizationId = randomUUID();
    const requestId = randomUUID();
    const bookingId = randomUUID();
    const trainingId = randomUUID();
    const base = { requestId, organizationId, regionCode: ASTANA };
    const booking = { bookingId, resourceId: randomUUID(), organizationId, regionCode: ASTANA, startsAt: new Date().toISOString(), endsAt: new Date().toISOString() };
    const sent = [
      await bed.events.publish('assistance.request-assigned', {
        ...base,
        assigneeId: 'astana-2',
        previousAssigneeId: null,
        state: assistanceRequestState({ ...base, assigneeId: 'astana-2', version: 2 }),
      }),
      await bed.events.publish('assistance.request-status-changed', {
        ...base,
        from: AssistanceRequestStatus.NEW,
        to: AssistanceRequestStatus.TRIAGED,
        state: assistanceRequestState({ ...base, status: AssistanceRequestStatus.TRIAGED, version: 3 }),
      }),
      await bed.events.publish('assistance.request-overdue', { ...base, subtype: AssistanceSubtype.TRAINING, dueAt: new Date().toISOString() }),
      await bed.events.publish('assistance.booking-confirmed', booking),
      await bed.events.publish('assistance.booking-cancelled', booking),
      await bed.events.publish('assistance.training-reminder', {
        trainingId,
        registrationId: randomUUID(),
        organizationId,
        participants: 2,
        regionCode: ASTANA,
        topic: 'Grant writing',
        startsAt: new Date().toISOString(),
        registeredCount: 3,
      }),
    ];
    await eventually(async () => ((await Promise.all(sent.map((e) => count(e.eventId)))).every((n) => n === 1) ? true : undefined));

    const astana = await new GraphQLTestClient(bed.subgraph.url, { identity: staff('astana-1', ASTANA) }).data<{ notifications: { edges: { node: Node }[] } }>(INBOX);
    const byKind = Object.fromEntries(astana.notifications.edges.map((e) => [e.node.kind, e.node]));
    expect(Object.keys(byKind).sort()).toEqual(['ASSISTANCE_REQUEST_OVERDUE', 'ASSISTANCE_REQUEST_STATUS_CHANGED', 'BOOKING_CANCELLED', 'BOOKING_CONFIRMED', 'TRAINING_REMINDER']);
    // The assignment is the assignee's business: astana-1 does not see it, astana-2 does.
    const assignee = await new GraphQLTestClient(bed.subgraph.url, { identity: staff('astana-2', ASTANA) }).data<{ notifications: { edges: { node: Node }[] } }>(INBOX);
    const assigned = assignee.notifications.edges.find((e) => e.node.kind === 'ASSISTANCE_REQUEST_ASSIGNED')?.node;
    expect(assigned).toMatchObject({ assistanceRequest: { id: requestId }, assigneeId: 'astana-2', organization: { id: organizationId } });
    expect(byKind.ASSISTANCE_REQUEST_OVERDUE).toMatchObject({ assistanceRequest: { id: requestId }, region: { code: ASTANA } });
    expect(byKind.BOOKING_CONFIRMED).toMatchObject({ booking: { id: bookingId }, assistanceRequest: null });
    expect(byKind.TRAINING_REMINDER).toMatchObject({ trainingId, training: { id: trainingId }, organization: { id: organizationId }, assistanceRequest: null });
    const almaty = await new GraphQLTestClient(bed.subgraph.url, { identity: staff('almaty-1', ALMATY) }).data<{ notifications: { edges: unknown[] } }>(INBOX);
    expect(almaty.notifications.edges).toEqual([]);
  });

  it('notifies an overdue request exactly once, even when the event is delivered again after a crash', async () => {
    const overdue = await bed.events.publish('assistance.request-overdue', {
      requestId: randomUUID(),
      organizationId: randomUUID(),
      regionCode: ASTANA,
      subtype: AssistanceSubtype.COOPERATION,
      dueAt: new Date().toISOString(),
    });
    await eventually(async () => ((await count(overdue.eventId)) === 1 ? true : undefined));
    await bed.events.redeliver('notifications.request-overdue', overdue);
    await eventually(async () => ((await bed.events.completed('notifications.request-overdue', overdue.eventId)) === 2 ? true : undefined));
    expect(await count(overdue.eventId)).toBe(1);
    // With the claim lost as well, the unique (event_id, region_code) still keeps it single.
    await bed.subgraph.dataSource.query('DELETE FROM notifications.processed_event WHERE event_id = $1', [overdue.eventId]);
    await bed.subgraph.services.inboxEvents.handle(overdue);
    expect(await count(overdue.eventId)).toBe(1);
  });

  it('turns each training reminder into one TRAINING_REMINDER notification, also when delivered again', async () => {
    const trainingId = randomUUID();
    const reminder = await bed.events.publish('assistance.training-reminder', {
      trainingId,
      registrationId: randomUUID(),
      organizationId: randomUUID(),
      participants: 1,
      regionCode: ALMATY,
      topic: 'Social media for volunteers',
      startsAt: new Date().toISOString(),
      registeredCount: 10,
    });
    await eventually(async () => ((await count(reminder.eventId)) === 1 ? true : undefined));
    await bed.events.redeliver('notifications.training-reminder', reminder);
    await eventually(async () => ((await bed.events.completed('notifications.training-reminder', reminder.eventId)) === 2 ? true : undefined));
    await bed.subgraph.dataSource.query('DELETE FROM notifications.processed_event WHERE event_id = $1', [reminder.eventId]);
    await bed.subgraph.services.inboxEvents.handle(reminder);
    const rows = await bed.subgraph.dataSource.query('SELECT kind, training_id, organization_id FROM notifications.notification WHERE event_id = $1', [reminder.eventId]);
    expect(rows).toEqual([{ kind: 'TRAINING_REMINDER', training_id: trainingId, organization_id: reminder.payload.organizationId }]);
  });
});
