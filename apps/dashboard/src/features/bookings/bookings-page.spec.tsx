import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../auth/session';
import { localInputToIso } from '../reference/dates';
import { ASTANA, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { OrganizationOptionsQuery } from '../trainings/trainings.graphql';
import { BookableResourcesQuery, BookingsQuery, BookResourceMutation } from './bookings.graphql';
import { BookingsPage } from './bookings-page';

const astanaStaff: Viewer = {
  kind: 'account',
  account: { id: 'u-astana', email: 'astana@demo.birge.kz', name: 'Астана', role: 'REGIONAL_STAFF', active: true, region: { code: ASTANA.code, name: ASTANA.name } },
};

const ROOM = { __typename: 'BookableResource', id: 'room-1', kind: 'ROOM', name: 'Кеңес залы', description: null, capacity: 20, active: true };

function mocks(extra: Mocks): Mocks {
  return [
    regionOptionsMock(),
    {
      request: { query: BookableResourcesQuery, variables: { regionCode: ASTANA.code } },
      result: { data: { bookableResources: [ROOM] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: BookingsQuery, variables: (variables: Record<string, unknown>) => (variables['filter'] as { regionCode?: string }).regionCode === ASTANA.code },
      result: { data: { bookings: { __typename: 'BookingConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    } as Mocks[number],
    {
      request: { query: OrganizationOptionsQuery, variables: { filter: { regionCode: ASTANA.code } } },
      result: {
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            edges: [{ __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: 'org-1', name: 'Жасыл Астана' } }],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    ...extra,
  ];
}

describe('BookingsPage', () => {
  it("starts in the staff member's own region and refuses an overlapping booking with BOOKING_OVERLAP, translated", async () => {
    const input = { resourceId: ROOM.id, organizationId: 'org-1', startsAt: localInputToIso('2030-03-02T10:00'), endsAt: localInputToIso('2030-03-02T12:00') };
    renderWithProviders(<BookingsPage />, {
      viewer: astanaStaff,
      mocks: mocks([
        {
          request: { query: BookResourceMutation, variables: { input } },
          result: { errors: [new GraphQLError('already booked', { extensions: { code: 'CONFLICT', reason: 'BOOKING_OVERLAP', resourceId: ROOM.id } })] },
        },
      ]),
    });
    expect((await screen.findByTestId('resource-list')).textContent).toContain('Кеңес залы');
    const form = screen.getByTestId('booking-form');
    fireEvent.change(within(form).getByLabelText('Ресурс'), { target: { value: ROOM.id } });
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Жасыл Астана' })).toBeTruthy());
    fireEvent.change(within(form).getByLabelText('Ұйым'), { target: { value: 'org-1' } });
    fireEvent.change(within(form).getByLabelText('Басталуы'), { target: { value: '2030-03-02T10:00' } });
    fireEvent.change(within(form).getByLabelText('Аяқталуы'), { target: { value: '2030-03-02T12:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Брондау' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe(
      'Бұл уақытта ресурс бос емес: уақыттың бір бөлігі басқа брондауға тиесілі. Басқа уақытты немесе ресурсты таңдаңыз.',
    );
    expect(screen.queryByText('Брондау расталды.')).toBeNull();
  });

  it('shows a period error under its field', async () => {
    const input = { resourceId: ROOM.id, organizationId: 'org-1', startsAt: localInputToIso('2030-03-02T12:00'), endsAt: localInputToIso('2030-03-02T10:00') };
    renderWithProviders(<BookingsPage />, {
      viewer: astanaStaff,
      locale: 'en',
      mocks: mocks([
        {
          request: { query: BookResourceMutation, variables: { input } },
          result: {
            errors: [
              new GraphQLError('bad', {
                extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_PERIOD', fields: [{ field: 'endsAt', code: 'INVALID_PERIOD', message: 'must be after startsAt' }] },
              }),
            ],
          },
        },
      ]),
    });
    await screen.findByTestId('resource-list');
    const form = screen.getByTestId('booking-form');
    // Nothing is sent before a resource, an organization and both times are chosen.
    fireEvent.click(within(form).getByRole('button', { name: 'Book' }));
    expect((await screen.findByTestId('field-error-resourceId')).textContent).toBe('This field is required');
    for (const field of ['organizationId', 'startsAt', 'endsAt']) expect(screen.getByTestId(`field-error-${field}`).textContent).toBe('This field is required');
    fireEvent.change(within(form).getByLabelText('Resource'), { target: { value: ROOM.id } });
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Жасыл Астана' })).toBeTruthy());
    fireEvent.change(within(form).getByLabelText('Organization'), { target: { value: 'org-1' } });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2030-03-02T12:00' } });
    fireEvent.change(within(form).getByLabelText('Until'), { target: { value: '2030-03-02T10:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(screen.getByTestId('field-error-endsAt').textContent).toBe('The end must be after the start'));
    expect(screen.getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');
  });
});
