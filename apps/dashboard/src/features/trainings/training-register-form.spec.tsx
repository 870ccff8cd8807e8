import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ABAI } from '../../testing/fixtures';
import { badUserInput, inputMock } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { TrainingRegisterForm } from './training-register-form';
import { OrganizationOptionsQuery, RegisterForTrainingMutation, TrainingPageQuery } from './trainings.graphql';

const TRAINING_ID = '66666666-6666-4666-8666-666666666666';
const ORGANIZATION_ID = '77777777-7777-4777-8777-777777777777';
const training = { id: TRAINING_ID, region: { code: ABAI.code } } as Parameters<typeof TrainingRegisterForm>[0]['training'];

const optionsMock: Mocks[number] = {
  request: { query: OrganizationOptionsQuery, variables: { filter: { regionCode: ABAI.code } } },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        edges: [{ __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: ORGANIZATION_ID, name: 'Жасыл Семей' } }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// The page is read again after a registration (its content is not this test's).
const pageRefetch: Mocks[number] = { request: { query: TrainingPageQuery, variables: { id: TRAINING_ID } }, result: { data: { training: null } } };

describe('TrainingRegisterForm', () => {
  it('asks for the organization, then registers it with its participants and says it is waitlisted', async () => {
    let sent: Record<string, unknown> | undefined;
    const place = { __typename: 'TrainingRegistration', id: 'r1', status: 'WAITLISTED', waitlistPosition: 2 };
    renderWithProviders(<TrainingRegisterForm training={training} />, {
      locale: 'en',
      mocks: [optionsMock, inputMock(RegisterForTrainingMutation, (input) => (sent = input), { data: { registerForTraining: place } }), pageRefetch],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect((await screen.findByTestId('field-error-organizationId')).textContent).toBe('This field is required');

    await screen.findByRole('option', { name: 'Жасыл Семей' });
    fireEvent.change(screen.getByLabelText('Organization'), { target: { value: ORGANIZATION_ID } });
    await waitFor(() => expect(screen.queryByTestId('field-error-organizationId')).toBeNull());
    fireEvent.change(screen.getByLabelText('Participants'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(sent).toEqual({ trainingId: TRAINING_ID, organizationId: ORGANIZATION_ID, participants: 3 }));
    expect((await screen.findByRole('status')).textContent).toBe('No seats left: the organization is on the waiting list (position 2).');
    expect((screen.getByLabelText('Organization') as HTMLSelectElement).value).toBe('');
  });

  it('shows the server field errors under their fields', async () => {
    const refused = badUserInput({ field: 'input.participants', code: 'EXCEEDS_CAPACITY', message: 'more than the capacity' });
    renderWithProviders(<TrainingRegisterForm training={training} />, {
      locale: 'en',
      mocks: [optionsMock, inputMock(RegisterForTrainingMutation, () => undefined, { errors: [refused] })],
    });
    await screen.findByRole('option', { name: 'Жасыл Семей' });
    fireEvent.change(screen.getByLabelText('Organization'), { target: { value: ORGANIZATION_ID } });
    fireEvent.change(screen.getByLabelText('Participants'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect((await screen.findByTestId('field-error-participants')).textContent).toBe("More than the training's capacity");
    expect(screen.getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');
  });
});
