import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { name } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { CooperationQuery, RecordIntroductionMutation } from './cooperation.graphql';
import { CooperationPanel } from './cooperation-panel';

const ID = '11111111-1111-4111-8111-111111111111';
const SUNRISE = '22222222-2222-4222-8222-222222222222';
const READERS = '33333333-3333-4333-8333-333333333333';

type NeedReason = { __typename: 'CooperationNeedReason'; kind: string; theme: string; explanation: ReturnType<typeof name> };

const match = (id: string, orgName: string, score: number, en: string, introducedOn: string | null = null, needReasons: NeedReason[] | null = []) => ({
  __typename: 'CooperationMatch',
  forOrganizationId: ID,
  otherOrganizationId: id,
  score,
  introducedOn,
  explanation: name(`${orgName} kk`, `${orgName} ru`, en),
  organization: { __typename: 'Organization', id, name: orgName },
  needReasons,
});

const GRANT_SKILLS: NeedReason = {
  __typename: 'CooperationNeedReason',
  kind: 'OTHER_ANSWERS_NEED',
  theme: 'PROJECT_AND_GRANT_SKILLS',
  explanation: name(
    'Бұл ұйымның қажеттілігі — «Ұйымдарға жоба мен грант жүргізу білімі жетіспейді»; екіншісі көмектесе алады: Pro bono волонтерлік (кәсіпқойлар).',
    'ru',
    'This organization faces “Organizations lack project and grant skills”; the other can help: Pro bono (professionals).',
  ),
};

const cooperation = (introduced: boolean): Mocks[number] => ({
  request: { query: CooperationQuery, variables: { id: ID, first: 5 } },
  result: {
    data: {
      cooperationMatches: [
        match(SUNRISE, 'Sunrise', 7, 'Both work on care homes and social-service centres in Esil district; Sunrise adds: Online.', introduced ? '2026-12-07' : null, [
          GRANT_SKILLS,
        ]),
        // Null: the reader may not read the region's needs register.
        match(READERS, 'Readers', 3, 'Both work on literacy teaching.', null, null),
      ],
      organization: {
        __typename: 'Organization',
        id: ID,
        introductions: introduced
          ? [
              {
                __typename: 'CooperationIntroduction',
                id: 'i1',
                introducedOn: '2026-12-07',
                introducedBy: 'dev-admin',
                note: 'Round table',
                otherOrganization: { __typename: 'Organization', id: SUNRISE, name: 'Sunrise' },
              },
            ]
          : [],
      },
    },
  },
});

describe('CooperationPanel', () => {
  it("lists matches best first with their reason in the reader's language, and records an introduction with a note", async () => {
    const mocks: Mocks = [
      cooperation(false),
      {
        request: { query: RecordIntroductionMutation, variables: { input: { organizationId: ID, otherOrganizationId: SUNRISE, note: 'Round table' } } },
        result: { data: { recordIntroduction: { __typename: 'CooperationIntroduction', id: 'i1', introducedOn: '2026-12-07' } } },
      },
      cooperation(true),
    ];
    renderWithProviders(<CooperationPanel organizationId={ID} writable nameOf={(id) => `Staff ${id}`} />, { mocks, locale: 'en' });
    const list = await screen.findByTestId('cooperation-matches');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Sunrise', 'Readers']);
    expect(within(list).getByText(/Sunrise adds: Online/)).toBeTruthy();
    // What the needs register says of the pair, under the match it belongs to; nothing for a match whose needs are withheld.
    const needs = within(list).getByRole('list', { name: 'What the needs register says of Sunrise' });
    expect(
      within(needs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['This organization faces “Organizations lack project and grant skills”; the other can help: Pro bono (professionals).']);
    expect(within(list).queryByRole('list', { name: 'What the needs register says of Readers' })).toBeNull();
    expect(screen.getByTestId('introductions-empty').textContent).toBe('No introductions yet.');

    fireEvent.click(within(list).getAllByRole('button', { name: 'Record an introduction' })[0]);
    fireEvent.change(screen.getByLabelText('Introduction to Sunrise: a note (optional)'), { target: { value: ' Round table ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'The introduction to Sunrise is recorded.');
    await waitFor(() => expect(screen.getByTestId('introductions').textContent).toContain('07.12.2026, by Staff dev-admin'));
    expect(within(screen.getByTestId('cooperation-matches')).getByText('Introduced 07.12.2026')).toBeTruthy();
  });

  it('offers no introduction to a reader who may not write, and says when nothing matches, in Kazakh by default', async () => {
    const empty: Mocks[number] = {
      request: { query: CooperationQuery, variables: { id: ID, first: 5 } },
      result: { data: { cooperationMatches: [], organization: { __typename: 'Organization', id: ID, introductions: [] } } },
    };
    renderWithProviders(<CooperationPanel organizationId={ID} writable={false} nameOf={(id) => id ?? ''} />, { mocks: [empty] });
    expect(await screen.findByText('Өңірдің ешбір ұйымының бұл ұйыммен ортақ бағыты жоқ.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
