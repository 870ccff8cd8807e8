import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { EmailDeliveriesPage } from './email-deliveries-page';
import { EmailDeliveriesQuery } from './email-deliveries.graphql';

const delivery = (id: string, status: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'EmailDelivery',
  id,
  kind: 'ANNOUNCEMENT',
  status,
  email: 'info@ayala.kz',
  language: 'kk',
  attempts: 1,
  lastAttemptAt: '2026-12-01T05:00:00.000Z',
  nextAttemptAt: null,
  sentAt: status === 'SENT' ? '2026-12-01T05:00:01.000Z' : null,
  failureReason: null,
  responseCode: null,
  createdAt: '2026-12-01T05:00:00.000Z',
  ...overrides,
});
const page = (filter: Record<string, unknown> | null, nodes: ReturnType<typeof delivery>[]): Mocks[number] => ({
  request: { query: EmailDeliveriesQuery, variables: { filter, first: 50 } },
  result: {
    data: {
      emailDeliveries: {
        __typename: 'EmailDeliveryConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'EmailDeliveryEdge', node })),
      },
    },
  },
});

describe('EmailDeliveriesPage', () => {
  it("lists e-mails with their state and the server's reason, and filters by status through the address", async () => {
    window.location.hash = '#/email-deliveries';
    const failed = delivery('2', 'FAILED', { email: 'gone@mail.kz', attempts: 1, failureReason: '5.1.1 No such mailbox here', responseCode: 550 });
    renderWithProviders(<EmailDeliveriesPage />, { locale: 'en', mocks: [page(null, [delivery('1', 'SENT'), failed]), page({ status: 'FAILED' }, [failed])] });
    expect(await screen.findAllByTestId('email-delivery-row')).toHaveLength(2);
    expect(screen.getByText('550 5.1.1 No such mailbox here')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'FAILED' } });
    await waitFor(() => expect(window.location.hash).toBe('#/email-deliveries?status=FAILED'));
  });
});
