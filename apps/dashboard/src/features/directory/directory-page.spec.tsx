import { screen, waitFor, within } from '@testing-library/react';
import type { Viewer } from '../../auth/session';
import { ASTANA, name, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { DIRECTORY_PAGE_SIZE, SponsorsQuery, StateBodiesQuery } from './directory.graphql';
import { DirectoryPage } from './directory-page';

const astanaStaff: Viewer = {
  kind: 'account',
  account: { id: 'u-astana', email: 'astana@demo.birge.kz', name: 'Астана', role: 'REGIONAL_STAFF', active: true, region: { code: ASTANA.code, name: ASTANA.name } },
};
const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };

const BODY = {
  __typename: 'StateBody',
  id: 'b1',
  kind: 'DEPARTMENT',
  name: name('Жастар саясаты басқармасы', 'Управление молодёжной политики', 'Department of youth policy'),
  phone: '+77172550010',
  email: 'youth@akimat.kz',
  website: null,
  district: null,
  parent: { __typename: 'StateBody', id: 'a1' },
  referralSummary: { __typename: 'StateBodyReferralSummary', made: 4, answered: 3, waiting: 1, medianResponseDays: 4 },
  verificationLetterSummary: { __typename: 'VerificationLetterSummary', written: 0, passed: 0 },
};
const SPONSOR = {
  __typename: 'Sponsor',
  id: 's1',
  kind: 'NATIONAL_NETWORK_PARTNER',
  name: 'Бірлік',
  directions: ['QAMQOR'],
  writesRecommendationLetters: true,
  website: null,
  region: null,
  verificationLetterSummary: { __typename: 'VerificationLetterSummary', written: 3, passed: 2 },
};

describe('DirectoryPage', () => {
  it("opens on the staff member's region: its state bodies with how they answer referrals, and the sponsors", async () => {
    window.location.hash = '#/directory';
    renderWithProviders(<DirectoryPage />, {
      viewer: astanaStaff,
      locale: 'en',
      mocks: [
        regionOptionsMock(),
        {
          request: { query: StateBodiesQuery, variables: { filter: { regionCode: ASTANA.code }, first: DIRECTORY_PAGE_SIZE } },
          result: { data: { stateBodies: { __typename: 'StateBodyConnection', totalCount: 1, pageInfo, edges: [{ __typename: 'StateBodyEdge', cursor: 'b1', node: BODY }] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: SponsorsQuery, variables: { filter: { regionCode: ASTANA.code }, first: DIRECTORY_PAGE_SIZE } },
          result: { data: { sponsors: { __typename: 'SponsorConnection', totalCount: 1, pageInfo, edges: [{ __typename: 'SponsorEdge', cursor: 's1', node: SPONSOR }] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    const bodies = await screen.findByTestId('state-body-list');
    await waitFor(() => expect(within(bodies).getAllByRole('listitem')).toHaveLength(1));
    expect(bodies.textContent).toContain('Department of youth policy');
    expect(bodies.textContent).toContain('Referrals: 4, answered: 3, waiting: 1');
    expect(bodies.textContent).toContain('median answer 4 days');
    const sponsors = screen.getByTestId('sponsor-list');
    await waitFor(() => expect(sponsors.textContent).toContain('Бірлік'));
    expect(sponsors.textContent).toContain('National Volunteer Network partner · whole country · writes recommendation letters');
    expect(screen.getByTestId('sponsor-letters').textContent).toBe('Verification letters written: 3, passed: 2');
    expect(bodies.textContent).not.toContain('Verification letters');
  });
});
