import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { AttachGuideToRequestMutation, RequestGuidesQuery } from './guides.graphql';
import { guideData } from './guides-testing';
import { RequestGuides } from './request-guides';

const guide = guideData;

const request = (attached: ReturnType<typeof guide>[]) => ({
  data: {
    assistanceRequest: {
      __typename: 'AssistanceRequest',
      id: 'r1',
      type: 'CONSULTATIVE',
      region: { __typename: 'Region', code: '710000000' },
      guides: attached,
      suggestedGuides: [guide('g1', 'Қоғамдық бірлестік жарғысы'), guide('g2', 'Устав фонда', { language: 'RU' })],
    },
  },
});

describe('RequestGuides', () => {
  it("attaches a guide the request's sub-type suggests, which then shows as attached", async () => {
    const attached = guide('g2', 'Устав фонда', { language: 'RU' });
    renderWithProviders(<RequestGuides requestId="r1" writer />, {
      locale: 'en',
      mocks: [
        { request: { query: RequestGuidesQuery, variables: { id: 'r1' } }, result: request([]) },
        {
          request: { query: AttachGuideToRequestMutation, variables: { input: { requestId: 'r1', guideId: 'g2' } } },
          result: { data: { attachGuideToRequest: { __typename: 'AssistanceRequest', id: 'r1', guides: [attached] } } },
        },
        { request: { query: RequestGuidesQuery, variables: { id: 'r1' } }, result: request([attached]) },
      ],
    });
    expect(await screen.findByText('No guides attached to the request.')).toBeTruthy();
    const suggested = within(screen.getByTestId('suggested-guides'));
    fireEvent.click(suggested.getByRole('button', { name: 'Attach: Устав фонда' }));
    expect(await screen.findByRole('button', { name: 'Detach' })).toBeTruthy();
    expect(within(screen.getByTestId('suggested-guides')).queryByText('Устав фонда')).toBeNull();
    expect(screen.queryByText('No guides attached to the request.')).toBeNull();
  });

  it('shows the attached guides without suggestions or buttons to readers', async () => {
    renderWithProviders(<RequestGuides requestId="r1" writer={false} />, {
      locale: 'kk',
      mocks: [{ request: { query: RequestGuidesQuery, variables: { id: 'r1' } }, result: request([guide('g1', 'Қоғамдық бірлестік жарғысы')]) }],
    });
    expect(await screen.findByText('Қоғамдық бірлестік жарғысы')).toBeTruthy();
    expect(screen.queryByTestId('suggested-guides')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Алып тастау' })).toBeNull();
  });
});
