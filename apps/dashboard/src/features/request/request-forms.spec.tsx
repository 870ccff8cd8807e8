import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { AssignForm } from './assign-form';
import { CommentForm } from './comment-form';
import { RatingForm } from './rating-form';
import { AssignAssistanceRequestMutation, CommentOnAssistanceRequestMutation, RateAssistanceRequestMutation, RecordStateBodyAnswerMutation } from './request.graphql';
import { StateBodyAnswerForm } from './state-body-answer-form';

const ID = '0b8f6a9e-1d2c-4f0a-9a57-5b1e2d3c4f50';

/** The request as the mutations answer it (AssistanceRequestFields). */
const answered = {
  __typename: 'AssistanceRequest',
  id: ID,
  type: 'INFORMATIONAL',
  subtype: 'MEDIA_PUBLICITY',
  status: 'RESOLVED',
  description: null,
  personalDataHidden: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  createdBy: 'u-admin',
  updatedAt: '2026-11-21T09:00:00.000Z',
  version: 4,
  wishedForDate: null,
  assigneeId: null,
  dueAt: null,
  overdue: false,
  allowedTransitions: [],
  outcome: null,
  rating: null,
  timeline: [],
  referrals: [],
  attachments: [],
};

/** A mock answering only `input`; `sent` is called when the form sends exactly that. */
function mutationMock(query: Mocks[number]['request']['query'], field: string, input: Record<string, unknown>) {
  const sent = jest.fn(() => ({ data: { [field]: answered } }));
  const mock: Mocks[number] = { request: { query, variables: { input } }, result: sent };
  return { mock, sent };
}

describe('the request page forms', () => {
  it('rating: asks for a score, then sends it without an empty comment', async () => {
    const { mock, sent } = mutationMock(RateAssistanceRequestMutation, 'rateAssistanceRequest', { id: ID, version: 3, score: 4 });
    renderWithProviders(<RatingForm requestId={ID} version={3} onReload={jest.fn()} />, { mocks: [mock] });
    const form = screen.getByTestId('rating-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Бағалау' }));
    expect((await within(form).findByTestId('field-error-score')).textContent).toBe('Міндетті өріс');

    fireEvent.click(within(form).getByRole('radio', { name: '4' }));
    fireEvent.change(within(form).getByLabelText('Пікір (міндетті емес)'), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Бағалау' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(within(form).queryByTestId('field-error-score')).toBeNull();
  });

  it('comment: refuses a blank one, sends the trimmed text and clears the box', async () => {
    const { mock, sent } = mutationMock(CommentOnAssistanceRequestMutation, 'commentOnAssistanceRequest', { id: ID, text: 'Әкімдікпен келісу керек' });
    renderWithProviders(<CommentForm requestId={ID} />, { mocks: [mock] });
    const form = screen.getByTestId('comment-form');
    const box = within(form).getByLabelText('Түсініктеме') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Түсініктеме қосу' }));
    expect((await within(form).findByTestId('field-error-text')).textContent).toBe('Міндетті өріс');

    fireEvent.change(box, { target: { value: ' Әкімдікпен келісу керек ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Түсініктеме қосу' }));
    await waitFor(() => expect(box.value).toBe(''));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it("state body's answer: required, sent without a day when none is given", async () => {
    const { mock, sent } = mutationMock(RecordStateBodyAnswerMutation, 'recordStateBodyAnswer', { id: ID, version: 3, referralId: 'r1', answer: 'Қарсылық жоқ' });
    renderWithProviders(<StateBodyAnswerForm requestId={ID} version={3} referralId="r1" onReload={jest.fn()} />, { mocks: [mock] });
    const form = screen.getByTestId('answer-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Жауапты жазу' }));
    expect((await within(form).findByTestId('field-error-answer')).textContent).toBe('Міндетті өріс');

    fireEvent.change(within(form).getByLabelText('Органның жауабы'), { target: { value: 'Қарсылық жоқ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Жауапты жазу' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(within(form).queryByTestId('field-error-answer')).toBeNull();
  });

  it('assign: "assign to me" sends the viewer; the assign button waits for another choice', async () => {
    const { mock, sent } = mutationMock(AssignAssistanceRequestMutation, 'assignAssistanceRequest', { id: ID, version: 3, assigneeId: 'u1' });
    renderWithProviders(<AssignForm requestId={ID} version={3} assigneeId={null} options={[{ id: 'u2', name: 'Айгүл', regionCode: null }]} myId="u1" onReload={jest.fn()} />, {
      mocks: [mock],
    });
    const form = screen.getByTestId('assign-form');
    const assign = within(form).getByRole('button', { name: 'Тағайындау' }) as HTMLButtonElement;
    expect(assign.disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Жауапты қызметкер'), { target: { value: 'u2' } });
    await waitFor(() => expect(assign.disabled).toBe(false));

    fireEvent.click(within(form).getByRole('button', { name: 'Өзіме алу' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });
});
