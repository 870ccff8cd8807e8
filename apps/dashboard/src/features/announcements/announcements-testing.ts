export const ANNOUNCEMENT_ID = '5e5e5e5e-5555-4555-8555-555555555555';

export const announcementData = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Announcement',
  id: ANNOUNCEMENT_ID,
  topic: 'GRANT',
  language: 'kk',
  title: 'Жастар гранты',
  body: 'Өтінім қабылдау басталды.\n\nМерзімі: 20 желтоқсан.',
  link: 'https://example.kz/grants',
  status: 'SENT',
  scheduledAt: null,
  sentAt: '2026-12-01T05:00:00.000Z',
  createdAt: '2026-12-01T04:00:00.000Z',
  ownerRegionCode: null,
  version: 2,
  target: { __typename: 'AnnouncementTarget', regionCodes: [], districtCodes: [], directions: ['AYALA'], organizationKinds: [], verificationStatuses: [] },
  figures: { __typename: 'AnnouncementFigures', audience: 12, sent: 10, failed: 1, pending: 1, unsubscribed: 2, staffNotified: 7 },
  ...overrides,
});

export const audienceData = (organizations: number, emails: number) => ({
  announcementAudience: { __typename: 'AnnouncementAudience', organizations, reachableOrganizations: Math.min(organizations, emails), emails, unsubscribed: 1, staff: 4 },
});
