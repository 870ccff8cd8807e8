import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, regionOptionsMock } from '../../testing/fixtures';
import { badUserInput, inputMock } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { StartFeedbackThreadMutation, UnreadFeedbackCountQuery } from './feedback.graphql';
import { abaiStaff, summary, THREAD_ID } from './feedback-testing';
import { NewFeedbackThreadPage } from './new-feedback-thread-page';

const unreadMock: Mocks[number] = { request: { query: UnreadFeedbackCountQuery }, result: { data: { unreadFeedbackCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY };

describe('NewFeedbackThreadPage', () => {
  beforeEach(() => {
    window.location.hash = '#/feedback/new';
  });

  it('asks the republican office for the region, the subject and the message, then opens the thread', async () => {
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<NewFeedbackThreadPage />, {
      locale: 'en',
      mocks: [regionOptionsMock(), unreadMock, inputMock(StartFeedbackThreadMutation, (input) => (sent = input), { data: { startFeedbackThread: summary({ messageCount: 1 }) } })],
    });
    const form = screen.getByTestId('new-feedback-thread');
    fireEvent.click(within(form).getByRole('button', { name: 'Open the thread' }));
    expect((await screen.findByTestId('field-error-regionCode')).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-subject').textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-text').textContent).toBe('This field is required');

    await within(form).findByRole('option', { name: 'Abai Region' });
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: ABAI.code } });
    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'QUESTION' } });
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: ' Грант туралы ' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Өтінім қашан ашылады?' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Open the thread' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/feedback/${THREAD_ID}`));
    expect(sent).toEqual({ regionCode: ABAI.code, topic: 'QUESTION', subject: 'Грант туралы', text: 'Өтінім қашан ашылады?', attachments: [] });
  });

  it('sends regional staff for their own region and shows the server field errors', async () => {
    let sent: Record<string, unknown> | undefined;
    const refused = badUserInput({ field: 'input.subject', code: 'TOO_LONG', message: 'at most 200 characters' });
    renderWithProviders(<NewFeedbackThreadPage />, {
      locale: 'en',
      viewer: abaiStaff,
      mocks: [regionOptionsMock(), unreadMock, inputMock(StartFeedbackThreadMutation, (input) => (sent = input), { errors: [refused] })],
    });
    expect(screen.queryByLabelText('Region')).toBeNull();
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Бюджет' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Қаражат жоқ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the thread' }));
    expect((await screen.findByTestId('field-error-subject')).textContent).toBe('Too long');
    expect(sent).toEqual({ regionCode: ABAI.code, topic: 'MOVEMENT_PROBLEM', subject: 'Бюджет', text: 'Қаражат жоқ', attachments: [] });
    expect(screen.getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');
    expect(window.location.hash).toBe('#/feedback/new');
  });
});
