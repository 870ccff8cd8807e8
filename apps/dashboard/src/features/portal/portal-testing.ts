import { OrganizationPortalQuery } from './portal.graphql';

const step = (kind: string, at: string, toStatus: string | null = null) => ({ __typename: 'PortalRequestStep', kind, at, toStatus });

/** A resolved request of the contact's organization that may be rated. */
export const resolved = {
  __typename: 'PortalAssistanceRequest',
  id: 'r-1',
  type: 'CONSULTATIVE',
  subtype: 'GRANT_AND_REPORTING_DOCUMENTS',
  status: 'RESOLVED',
  description: 'Грантқа өтінім жазуға көмек керек',
  createdAt: '2026-11-02T05:00:00.000Z',
  version: 4,
  rating: null as number | null,
  canRate: true,
  timeline: [
    step('STATUS_CHANGED', '2026-11-03T05:00:00.000Z', 'TRIAGED'),
    step('REFERRED', '2026-11-04T05:00:00.000Z'),
    step('STATUS_CHANGED', '2026-11-09T05:00:00.000Z', 'RESOLVED'),
  ],
};

/** The portal's answer: the organization with one resolved request unless `over` says otherwise. */
export const portal = (over: { requests?: unknown[]; profileProposals?: unknown[] } = {}) => ({
  data: {
    organizationPortal: {
      __typename: 'OrganizationPortal',
      linkId: 'l-1',
      contactEmail: 'aliya@example.kz',
      expiresAt: '2026-12-30T00:00:00.000Z',
      organization: { __typename: 'PortalOrganizationProfile', id: 'o-1', name: 'Қамқор жастары', description: 'Қарттарға көмектесеміз', volunteerCount: 12 },
      profileProposals: [],
      requests: [resolved],
      ...over,
    },
  },
});

export const portalMock = (result: ReturnType<typeof portal>) => ({ request: { query: OrganizationPortalQuery }, result });
