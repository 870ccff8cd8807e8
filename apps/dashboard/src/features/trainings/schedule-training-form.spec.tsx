import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, regionOptionsMock } from '../../testing/fixtures';
import { badUserInput, fill, inputMock } from '../../testing/forms';
import { renderWithProviders } from '../../testing/render';
import { localInputToIso } from '../reference/dates';
import { ScheduleTrainingForm } from './schedule-training-form';
import { ScheduleTrainingMutation } from './trainings.graphql';

const TRAINING_ID = '55555555-5555-4555-8555-555555555555';

describe('ScheduleTrainingForm', () => {
  it('asks for every field but the description, sends the instants and seats, and keeps the place for the next one', async () => {
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<ScheduleTrainingForm ownRegion={ABAI.code} defaultRegion="" />, {
      locale: 'en',
      mocks: [
        regionOptionsMock(),
        inputMock(ScheduleTrainingMutation, (input) => (sent = input), { data: { scheduleTraining: { __typename: 'Training', id: TRAINING_ID, topic: 'Гранттық өтінім' } } }),
      ],
    });
    fill('Seats', '');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    for (const field of ['topic', 'audience', 'startsAt', 'endsAt', 'venue'])
      expect((await screen.findByTestId(`field-error-${field}`)).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-capacity').textContent).toBe('This field is required');
    expect(screen.queryByTestId('field-error-regionCode')).toBeNull();
    expect(screen.queryByTestId('field-error-description')).toBeNull();

    fill('Topic', ' Гранттық өтінім ');
    fill('Audience', 'NGO_STAFF');
    fill('Starts', '2026-12-10T10:00');
    fill('Ends', '2026-12-10T13:00');
    fill('Venue', 'Семей, Абай к-сі 1');
    fill('Seats', '25');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    const done = await screen.findByRole('status');
    expect(within(done).getByRole('link', { name: 'Гранттық өтінім' }).getAttribute('href')).toBe(`#/trainings/${TRAINING_ID}`);
    expect(sent).toEqual({
      regionCode: ABAI.code,
      topic: 'Гранттық өтінім',
      audience: 'NGO_STAFF',
      startsAt: localInputToIso('2026-12-10T10:00'),
      endsAt: localInputToIso('2026-12-10T13:00'),
      venue: 'Семей, Абай к-сі 1',
      capacity: 25,
    });
    await waitFor(() => expect((screen.getByLabelText('Topic') as HTMLInputElement).value).toBe(''));
    expect((screen.getByLabelText('Venue') as HTMLInputElement).value).toBe('Семей, Абай к-сі 1');
    expect((screen.getByLabelText('Audience') as HTMLSelectElement).value).toBe('NGO_STAFF');
  });

  it('shows the server field errors under their fields', async () => {
    const refused = badUserInput(
      { field: 'input.endsAt', code: 'INVALID_PERIOD', message: 'ends before it starts' },
      { field: 'input.startsAt', code: 'IN_THE_PAST', message: 'in the past' },
    );
    renderWithProviders(<ScheduleTrainingForm ownRegion={ABAI.code} defaultRegion="" />, {
      locale: 'en',
      mocks: [regionOptionsMock(), inputMock(ScheduleTrainingMutation, () => undefined, { errors: [refused] })],
    });
    fill('Topic', 'Гранттық өтінім');
    fill('Audience', 'NGO_STAFF');
    fill('Starts', '2026-12-10T13:00');
    fill('Ends', '2026-12-10T10:00');
    fill('Venue', 'Семей');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    expect((await screen.findByTestId('field-error-endsAt')).textContent).toBe('The end must be after the start');
    expect(screen.getByTestId('field-error-startsAt').textContent).toBe('Must not be in the past');
    expect(screen.getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
