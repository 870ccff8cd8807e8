import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { UnsubscribeMutation } from './announcements.graphql';
import { UnsubscribePage } from './unsubscribe-page';

describe('UnsubscribePage', () => {
  it('asks before it records, then says which address will get no more announcements', async () => {
    window.location.hash = '#/unsubscribe?token=abc.def';
    renderWithProviders(<UnsubscribePage />, {
      viewer: { kind: 'anonymous' },
      mocks: [{ request: { query: UnsubscribeMutation, variables: { token: 'abc.def' } }, result: { data: { unsubscribeFromAnnouncements: 'i***@ayala.kz' } } }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Бас тартуды растау' }));
    expect((await screen.findByTestId('unsubscribed')).textContent).toBe('i***@ayala.kz мекенжайына хабарландырулар енді жіберілмейді.');
  });
});
