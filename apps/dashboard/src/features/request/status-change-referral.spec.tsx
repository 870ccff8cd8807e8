import { fireEvent, screen, waitFor } from '@testing-library/react';
import { name } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { StateBodyOptionsQuery } from '../directory/directory.graphql';
import { ChangeAssistanceRequestStatusMutation } from './request.graphql';
import { StatusChangeForm } from './status-change-form';

const ASTANA = '710000000';

describe('StatusChangeForm: a referral to a state body', () => {
  it("offers the region's state bodies of the directory and sends the chosen one by id; free text only when none is chosen", async () => {
    const done = jest.fn();
    const sent = jest.fn();
    renderWithProviders(
      <StatusChangeForm
        requestId="req-1"
        version={3}
        subtype="STATE_BODY_LIAISON"
        status="WAITING_ON_STATE_BODY"
        regionCode={ASTANA}
        onDone={done}
        onCancel={jest.fn()}
        onReload={jest.fn()}
      />,
      {
        locale: 'en',
        mocks: [
          {
            request: { query: StateBodyOptionsQuery, variables: { regionCode: ASTANA } },
            result: {
              data: {
                stateBodies: {
                  __typename: 'StateBodyConnection',
                  edges: [
                    { __typename: 'StateBodyEdge', node: { __typename: 'StateBody', id: 'sb-1', name: name('Астана қаласының әкімдігі', 'Акимат Астаны', 'Akimat of Astana') } },
                  ],
                },
              },
            },
          },
          {
            request: {
              query: ChangeAssistanceRequestStatusMutation,
              variables: { input: { id: 'req-1', version: 3, status: 'WAITING_ON_STATE_BODY', referral: { stateBodyId: 'sb-1' } } },
            },
            result: () => {
              sent();
              return { data: { changeAssistanceRequestStatus: null } };
            },
          },
        ],
      },
    );
    expect(screen.getByLabelText('State body')).toBeTruthy();
    await screen.findByRole('option', { name: 'Akimat of Astana' });
    fireEvent.change(screen.getByLabelText('State body from the directory'), { target: { value: 'sb-1' } });
    expect(screen.queryByLabelText('State body')).toBeNull();
    fireEvent.submit(screen.getByTestId('status-change-form'));
    await waitFor(() => expect(sent).toHaveBeenCalled());
  });
});
