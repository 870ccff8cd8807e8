import { ABAI } from '../../testing/fixtures';
import type { Mocks } from '../../testing/render';
import { NotificationsQuery } from './notifications.graphql';

/** A notification as the API sends it; unread, about an assistance request, unless overridden. */
export function notificationNode(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification',
    id,
    kind: 'ASSISTANCE_REQUEST_SUBMITTED',
    createdAt: '2026-11-25T09:00:00.000Z',
    read: false,
    archived: false,
    personal: false,
    assigneeId: null,
    previousAssigneeId: null,
    fromStatus: null,
    toStatus: 'NEW',
    daysLeft: null,
    score: null,
    period: null,
    title: null,
    subjectId: null,
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    organization: { __typename: 'Organization', id: 'org-1', name: 'Жасыл Семей' },
    assistanceRequest: { __typename: 'AssistanceRequest', id: `request-${id}`, type: 'INFORMATIONAL', subtype: 'COOPERATION', status: 'NEW' },
    ...overrides,
  };
}

/** One page of the notifications query for these variables. */
export function notificationsMock(
  variables: Record<string, unknown>,
  nodes: ReturnType<typeof notificationNode>[],
  { totalCount = nodes.length, hasNextPage = false, reuse = false }: { totalCount?: number; hasNextPage?: boolean; reuse?: boolean } = {},
): Mocks[number] {
  return {
    request: { query: NotificationsQuery, variables },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
          edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
        },
      },
    },
    ...(reuse ? { maxUsageCount: Number.POSITIVE_INFINITY } : {}),
  } as Mocks[number];
}
