import type { NotificationFilter, NotificationKind } from '../../gql/graphql';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'ASSISTANCE_REQUEST_SUBMITTED',
  'ASSISTANCE_REQUEST_ASSIGNED',
  'ASSISTANCE_REQUEST_STATUS_CHANGED',
  'ASSISTANCE_REQUEST_OVERDUE',
  'BOOKING_CONFIRMED',
  'BOOKING_CANCELLED',
  'TRAINING_REMINDER',
  'ASSISTANCE_REQUEST_RATED',
  'ORGANIZATION_REGISTERED',
  'ORGANIZATION_VERIFIED',
  'VERIFICATION_EXPIRING',
  'DISTRICT_CONTACTS_STALE',
  'NEED_ESCALATED',
  'FEEDBACK_POSTED',
  'REPORT_SUBMITTED',
  'REPORT_RETURNED',
  'REPORT_ACCEPTED',
  'REPORT_REOPENED',
  'REPORT_DUE_SOON',
  'REPORT_OVERDUE',
  'ACCOUNT_CREATED',
  'PASSWORD_CHANGED',
  'API_KEY_EXPIRING',
  'ANNOUNCEMENT',
];

export type InboxFilterKey = 'kind' | 'read' | 'folder';

/**
 * The inbox's filters live in the address (`#/notifications?kind=...&read=unread&folder=archive`),
 * so a filtered view survives a reload and can be linked to. Unknown values are ignored.
 */
export function inboxFilterFromQuery(query: URLSearchParams): NotificationFilter {
  const filter: NotificationFilter = {};
  const kind = NOTIFICATION_KINDS.find((candidate) => candidate === query.get('kind'));
  if (kind) filter.kind = kind;
  const read = query.get('read');
  if (read === 'unread') filter.read = false;
  if (read === 'read') filter.read = true;
  if (query.get('folder') === 'archive') filter.archived = true;
  return filter;
}

/** The address with one filter changed ('' removes it). */
export function inboxQueryWith(query: URLSearchParams, key: InboxFilterKey, value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  const search = next.toString();
  return search ? `/notifications?${search}` : '/notifications';
}
