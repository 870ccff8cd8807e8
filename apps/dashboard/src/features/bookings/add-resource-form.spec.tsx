import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { AddResourceForm } from './add-resource-form';
import { AddBookableResourceMutation, BookableResourcesQuery } from './bookings.graphql';

const REGION = '710000000';
const ROOM = { __typename: 'BookableResource', id: 'room-1', kind: 'ROOM', name: 'Кеңес залы', description: null, capacity: 25, active: true };

describe('AddResourceForm', () => {
  it('asks for a name, then sends a room with its seats (no empty description) and clears the name', async () => {
    const sent = jest.fn(() => ({ data: { addBookableResource: ROOM } }));
    const mocks: Mocks = [
      { request: { query: AddBookableResourceMutation, variables: { input: { regionCode: REGION, kind: 'ROOM', name: 'Кеңес залы', capacity: 25 } } }, result: sent },
      { request: { query: BookableResourcesQuery, variables: { regionCode: REGION } }, result: { data: { bookableResources: [ROOM] } } },
    ];
    renderWithProviders(<AddResourceForm regionCode={REGION} />, { mocks });
    const form = screen.getByTestId('resource-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Қосу' }));
    expect((await within(form).findByTestId('field-error-name')).textContent).toBe('Міндетті өріс');

    const name = within(form).getByLabelText('Атауы') as HTMLInputElement;
    fireEvent.change(name, { target: { value: ' Кеңес залы ' } });
    fireEvent.change(within(form).getByLabelText('Орын саны'), { target: { value: '25' } });
    fireEvent.change(within(form).getByLabelText('Сипаттамасы'), { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Қосу' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(name.value).toBe(''));
    expect(within(form).queryByTestId('field-error-name')).toBeNull();
  });

  it('asks no seats of equipment', async () => {
    renderWithProviders(<AddResourceForm regionCode={REGION} />, { mocks: [] });
    const form = screen.getByTestId('resource-form');
    expect(within(form).queryByLabelText('Орын саны')).not.toBeNull();
    fireEvent.change(within(form).getByLabelText('Түрі'), { target: { value: 'EQUIPMENT' } });
    await waitFor(() => expect(within(form).queryByLabelText('Орын саны')).toBeNull());
  });
});
