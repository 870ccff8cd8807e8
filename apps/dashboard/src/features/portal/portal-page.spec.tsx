import { ServerError } from '@apollo/client/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ASSISTANCE_TYPES, subtypesOf } from '../reference/catalog';
import { OrganizationPortalQuery, PortalProposeProfileMutation, PortalRateRequestMutation, PortalSubmitRequestMutation, PortalUnsubscribeMutation } from './portal.graphql';
import { PortalPage } from './portal-page';
import { portal, portalMock, resolved } from './portal-testing';

const refusalBody = (reason: string) => JSON.stringify({ errors: [{ message: 'refused', extensions: { code: 'UNAUTHENTICATED', reason } }] });
/** The gateway's refusal of a link: HTTP 401 with extensions.reason. */
const refusedByGateway = (reason: string) =>
  new ServerError('Response not successful: Received status code 401', { response: { status: 401, headers: new Headers() } as unknown as Response, bodyText: refusalBody(reason) });

const render = (mocks: Mocks, locale: 'en' | 'kk' | 'ru' = 'en') => renderWithProviders(<PortalPage />, { locale, mocks, viewer: { kind: 'anonymous' } });

describe('PortalPage', () => {
  beforeEach(() => {
    window.location.hash = '#/portal?token=signed-token';
  });

  it('shows the organization and its requests with their status and way, and rates a resolved one', async () => {
    render([
      portalMock(portal()),
      {
        request: { query: PortalRateRequestMutation, variables: { input: { id: 'r-1', version: 4, score: 5 } } },
        result: { data: { organizationPortalRateRequest: { __typename: 'AssistanceRequest', id: 'r-1' } } },
      },
      portalMock(portal({ requests: [{ ...resolved, rating: 5, canRate: false, version: 5 }] })),
    ]);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Қамқор жастары');
    expect(screen.getByText('You are here as aliya@example.kz. Ask for help for your organization and follow it here.')).toBeTruthy();
    const request = within(screen.getByTestId('portal-requests')).getByTestId('portal-request');
    expect(within(request).getByRole('heading', { level: 3 }).textContent).toBe('Grant applications and reporting documents');
    expect(request.textContent).toContain('Resolved, sent on');
    const way = within(request).getByRole('list', { name: 'The way of the request' });
    expect(
      within(way)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/^[\d. :]+: /, '')),
    ).toEqual(['Triaged', 'Referred to a state body', 'Resolved']);

    fireEvent.click(within(within(request).getByRole('group', { name: 'Rate the help received' })).getByRole('button', { name: 'Score 5' }));
    expect(await screen.findByText('Your rating: 5 / 5')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Rate the help received' })).toBeNull();
  });

  it('checks a request before sending it, marks the field the server refuses, and sends it', async () => {
    const input = { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Есеп жазуға көмек керек' };
    const submitted = { ...resolved, id: 'r-2', status: 'NEW', description: input.description, canRate: false, version: 1, timeline: [] };
    render([
      portalMock(portal()),
      {
        request: { query: PortalSubmitRequestMutation, variables: { input: { ...input, subtype: 'GRANTS_AND_PROGRAMMES' } } },
        result: {
          errors: [
            { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'subtype', code: 'SUBTYPE_NOT_IN_TYPE', message: 'must belong to the type' }] } },
          ],
        },
      },
      {
        request: { query: PortalSubmitRequestMutation, variables: { input } },
        result: { data: { organizationPortalSubmitRequest: { __typename: 'AssistanceRequest', id: 'r-2' } } },
      },
      portalMock(portal({ requests: [submitted, resolved] })),
    ]);
    const form = await screen.findByTestId('portal-request-form');
    expect((within(form).getByLabelText('Type of help') as HTMLSelectElement).value).toBe(ASSISTANCE_TYPES[0]);
    expect((within(form).getByLabelText('What exactly') as HTMLSelectElement).value).toBe(subtypesOf(ASSISTANCE_TYPES[0])[0]);

    fireEvent.click(within(form).getByRole('button', { name: 'Send the request' }));
    expect((await within(form).findByTestId('field-error-description')).textContent).toBe('This field is required');
    expect(within(form).getByLabelText('Description').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(within(form).getByLabelText('Description'), { target: { value: 'Көм' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the request' }));
    await waitFor(() => expect(within(form).getByTestId('field-error-description').textContent).toBe('Too short'));

    fireEvent.change(within(form).getByLabelText('Type of help'), { target: { value: 'CONSULTATIVE' } });
    // A sub-type the type does not list (an old page, a crafted request): the server names the field.
    const subtype = within(form).getByLabelText('What exactly') as HTMLSelectElement;
    subtype.append(new Option('—', 'GRANTS_AND_PROGRAMMES'));
    fireEvent.change(subtype, { target: { value: 'GRANTS_AND_PROGRAMMES' } });
    fireEvent.change(within(form).getByLabelText('Description'), { target: { value: input.description } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the request' }));
    expect((await within(form).findByTestId('field-error-subtype')).textContent).toBe('This sub-type does not belong to the chosen type');
    expect(within(form).getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');

    fireEvent.change(within(form).getByLabelText('What exactly'), { target: { value: 'GRANT_AND_REPORTING_DOCUMENTS' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the request' }));
    expect((await within(form).findByRole('status')).textContent).toBe('The request was sent.');
    await waitFor(() => expect(within(screen.getByTestId('portal-requests')).getAllByTestId('portal-request')).toHaveLength(2));
    expect(within(form).queryByTestId('field-error-subtype')).toBeNull();
  });

  it('proposes a profile change: nothing proposed is marked on the field, then it waits for review', async () => {
    render([
      portalMock(portal()),
      {
        request: { query: PortalProposeProfileMutation, variables: { input: { description: 'Қарттар мен мүгедектерге көмектесеміз', volunteerCount: 25 } } },
        result: { data: { organizationPortalProposeProfileChange: { __typename: 'ProfileChangeProposal', id: 'p-1' } } },
      },
      portalMock(portal({ profileProposals: [{ __typename: 'ProfileChangeProposal', id: 'p-1', status: 'PENDING', proposedAt: '2026-12-01T05:00:00.000Z' }] })),
    ]);
    const form = await screen.findByTestId('portal-profile-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Send for review' }));
    expect((await within(form).findByTestId('field-error-description')).textContent).toBe('Give a new description or a number of volunteers');
    fireEvent.change(within(form).getByLabelText('Number of volunteers now'), { target: { value: '2.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send for review' }));
    await waitFor(() => expect(within(form).getByTestId('field-error-volunteerCount').textContent).toBe('Must be a whole number'));

    fireEvent.change(within(form).getByLabelText("The organization's new description"), { target: { value: 'Қарттар мен мүгедектерге көмектесеміз' } });
    fireEvent.change(within(form).getByLabelText('Number of volunteers now'), { target: { value: '25' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send for review' }));
    expect((await within(form).findByRole('status')).textContent).toBe('The proposal was sent for review.');
    expect((await within(form).findByTestId('portal-pending-proposals')).textContent).toBe('Waiting for review: 1');
  });

  it('unsubscribes the contact, which closes the page', async () => {
    render([
      portalMock(portal()),
      {
        request: { query: PortalUnsubscribeMutation },
        result: { data: { organizationPortalUnsubscribe: { __typename: 'OrganizationPortalUnsubscribed', email: 'aliya@example.kz', revokedLinks: 1 } } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect((await screen.findByRole('status')).textContent).toBe('aliya@example.kz has been unsubscribed.');
    expect(screen.queryByTestId('portal-request-form')).toBeNull();
  });

  it.each([
    ['PORTAL_LINK_EXPIRED', 'This link has expired: ask the front office for a new one.'],
    ['PORTAL_LINK_REVOKED', 'This link has been revoked: ask the front office for a new one.'],
    ['PORTAL_LINK_INVALID', 'This link is not valid: open the link from the e-mail again.'],
  ])('says why the gateway refused the link (%s) in words, not the error', async (reason, message) => {
    render([{ request: { query: OrganizationPortalQuery }, error: refusedByGateway(reason) }]);
    expect((await screen.findByTestId('portal-refusal')).textContent).toBe(message);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Organization portal');
    expect(screen.queryByTestId('portal-request-form')).toBeNull();
  });

  it('says so in Kazakh when the registry itself refuses a revoked link', async () => {
    render(
      [{ request: { query: OrganizationPortalQuery }, result: { errors: [{ message: 'revoked', extensions: { code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_REVOKED' } }] } }],
      'kk',
    );
    expect((await screen.findByTestId('portal-refusal')).textContent).toBe('Сілтеме жойылды: фронт-офистен жаңасын сұраңыз.');
  });

  it('turns into the refusal when the link is revoked while the page is open', async () => {
    const input = { type: ASSISTANCE_TYPES[0], subtype: subtypesOf(ASSISTANCE_TYPES[0])[0], description: 'Көмек керек, рахмет' };
    render([portalMock(portal()), { request: { query: PortalSubmitRequestMutation, variables: { input } }, error: refusedByGateway('PORTAL_LINK_REVOKED') }]);
    const form = await screen.findByTestId('portal-request-form');
    fireEvent.change(within(form).getByLabelText('Description'), { target: { value: input.description } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the request' }));
    expect((await screen.findByTestId('portal-refusal')).textContent).toBe('This link has been revoked: ask the front office for a new one.');
    expect(screen.queryByTestId('portal-organization')).toBeNull();
  });

  it('says the link is incomplete without a token, asking nothing', async () => {
    window.location.hash = '#/portal';
    render([]);
    expect((await screen.findByRole('alert')).textContent).toBe('The link is incomplete: open the link from the e-mail again.');
  });
});
