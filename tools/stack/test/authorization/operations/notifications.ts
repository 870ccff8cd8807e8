import { RULES } from '../expectations';
import { inputOf, read, type OperationRule } from './rule';

/** Notifications: the inbox, preferences, the delivery log and announcements. */
export const NOTIFICATION_OPERATIONS: Record<string, OperationRule> = {
  // ----- notifications: a staff member's own inbox -----
  'Query.notifications': { expect: RULES.ownAccount, regional: false, document: '{ notifications(first: 5) { edges { node { id } } } }' },
  'Query.unreadNotificationCount': { expect: RULES.ownAccount, regional: false, document: '{ unreadNotificationCount }' },
  'Mutation.markNotificationRead': {
    // Marking someone else's notification is NOT_FOUND for everybody but its recipient; the matrix
    // checks the caller's role with an id that names nothing.
    expect: { ...RULES.ownAccount, admin: 'NOT_FOUND', staffOwn: 'NOT_FOUND', staffOther: 'NOT_FOUND', analyst: 'NOT_FOUND' },
    regional: false,
    document: 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'Mutation.archiveNotification': {
    // Like marking read: someone else's (or no) notification is NOT_FOUND, whatever the role.
    expect: { ...RULES.ownAccount, admin: 'NOT_FOUND', staffOwn: 'NOT_FOUND', staffOther: 'NOT_FOUND', analyst: 'NOT_FOUND' },
    regional: false,
    document: 'mutation($id: ID!) { archiveNotification(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  // Marks the caller's own inbox only.
  'Mutation.markAllNotificationsRead': { expect: RULES.ownAccount, regional: false, document: 'mutation { markAllNotificationsRead }' },
  // The email delivery log names staff addresses: republican administrators only.
  'Query.emailDeliveries': {
    expect: RULES.adminOnly,
    regional: false,
    document: '{ emailDeliveries(first: 5, filter: { status: FAILED }) { totalCount edges { node { id status } } } }',
  },
  // One's own choices per kind and channel.
  'Query.notificationPreferences': { expect: RULES.ownAccount, regional: false, document: '{ notificationPreferences { kind channel mode } }' },
  'Mutation.updateNotificationPreferences': {
    expect: RULES.ownAccount,
    regional: false,
    document: 'mutation { updateNotificationPreferences(preferences: [{ kind: BOOKING_CONFIRMED, channel: EMAIL, mode: DAILY }]) { kind mode } }',
  },

  // ----- notifications: announcements (counts and texts, never an address) -----
  // Read by every staff role (regional staff: their office's and those sent to their region); partners have none.
  'Query.announcements': { expect: RULES.ownAccount, regional: false, document: '{ announcements(first: 5) { totalCount edges { node { id figures { audience sent } } } } }' },
  'Query.announcement': {
    // The fixture is a draft of the republican office: regional staff read their own office's, and sent ones addressed to their region.
    expect: { ...RULES.ownAccount, staffOwn: 'OTHER_REGION', staffOther: 'OTHER_REGION' },
    regional: false,
    document: 'query($id: ID!) { announcement(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.announcement(c.region)).id }),
  },
  // Composing: republican administrators for any region, regional staff for their own; analysts only read.
  'Query.announcementAudience': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'query($region: String!) { announcementAudience(target: { regionCodes: [$region] }) { organizations emails } }',
    variables: (c) => ({ region: c.region }),
  },
  'Mutation.createAnnouncement': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id } }',
    variables: (c) => ({
      input: { topic: 'EVENT', language: 'ru', title: `Матрица ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, body: 'Текст.', target: { regionCodes: [c.region] } },
    }),
    snapshot: (c, v) => read(c.admin, '{ announcements(first: 100) { edges { node { title } } } }', {}).then((d) => JSON.stringify(d).includes(String(inputOf(v).title))),
  },
  // The fixture is the republican office's draft: regional staff change only their own office's (the notifications integration test covers those).
  'Mutation.updateAnnouncement': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { id version } }',
    variables: async (c) => {
      const announcement = await c.fixtures.announcement(c.region);
      return { input: { id: announcement.id, version: announcement.version, title: 'Матрица өзгертілді' } };
    },
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { version title } }', { id: inputOf(v).id }),
  },
  'Mutation.cancelAnnouncement': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($id: ID!) { cancelAnnouncement(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.announcement(c.region)).id }),
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { status } }', { id: v.id }),
  },
  'Mutation.sendAnnouncement': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($id: ID!) { sendAnnouncement(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.announcement(c.region)).id }),
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { status } }', { id: v.id }),
  },
  // Open to whoever holds a signed link from a mail (no sign-in); a token this service did not sign is refused naming the field.
  'Mutation.unsubscribeFromAnnouncements': {
    expect: {
      ...RULES.ownAccount,
      admin: 'BAD_USER_INPUT',
      staffOwn: 'BAD_USER_INPUT',
      staffOther: 'BAD_USER_INPUT',
      analyst: 'BAD_USER_INPUT',
      anonymous: 'BAD_USER_INPUT',
      portal: 'BAD_USER_INPUT',
    },
    regional: false,
    document: 'mutation { unsubscribeFromAnnouncements(token: "not-a-signed-token") }',
  },
};
