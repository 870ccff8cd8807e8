import type { Viewer } from '../../auth/session';
import { ABAI } from '../../testing/fixtures';

export const THREAD_ID = '7a0c3c1e-2b7f-4f4e-9a51-1f7b2c3d4e5f';

export const abaiStaff: Viewer = {
  kind: 'account',
  account: { id: 'u-abai', email: 'abai@demo.birge.kz', name: 'Абай РФО', role: 'REGIONAL_STAFF', active: true, region: { code: ABAI.code, name: ABAI.name } },
};

const message = (id: string, text: string, authorId: string, attachments: unknown[] = []) => ({
  __typename: 'FeedbackMessage',
  id,
  text,
  personalDataHidden: null,
  authorId,
  createdAt: '2026-11-20T09:00:00.000Z',
  attachments,
});

/** A thread as the page's query returns it; `overrides` change any field. */
export function threadData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FeedbackThread',
    id: THREAD_ID,
    topic: 'OFFICE_PROBLEM',
    subject: 'Кеңсенің бюджеті',
    personalDataHidden: null,
    status: 'OPEN',
    createdAt: '2026-11-20T09:00:00.000Z',
    createdBy: 'u-abai',
    messageCount: 2,
    unreadCount: 0,
    statusChangedAt: null,
    statusChangedBy: null,
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    links: [
      {
        __typename: 'FeedbackLink',
        kind: 'NEED',
        targetId: '5d0c3c1e-2b7f-4f4e-9a51-1f7b2c3d4e5f',
        need: { __typename: 'Need', id: '5d0c3c1e-2b7f-4f4e-9a51-1f7b2c3d4e5f', theme: 'FUNDING' },
      },
    ],
    messages: {
      __typename: 'FeedbackMessageConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'm2' },
      edges: [
        {
          __typename: 'FeedbackMessageEdge',
          cursor: 'm1',
          node: message('m-1', 'Іс-шараларға қаражат жоқ', 'u-abai', [
            { __typename: 'FeedbackAttachment', id: 'a-1', fileName: 'хат.pdf', mimeType: 'application/pdf', sizeBytes: 2048 },
          ]),
        },
        { __typename: 'FeedbackMessageEdge', cursor: 'm2', node: message('m-2', 'Министрлікке жаздық', 'u-admin') },
      ],
    },
    ...overrides,
  };
}

/** The summary a mutation returns. */
export function summary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FeedbackThread',
    id: THREAD_ID,
    status: 'OPEN',
    messageCount: 2,
    unreadCount: 0,
    lastMessageAt: '2026-11-20T09:00:00.000Z',
    statusChangedAt: null,
    statusChangedBy: null,
    ...overrides,
  };
}
