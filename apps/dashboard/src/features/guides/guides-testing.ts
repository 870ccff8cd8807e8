/** A guide's version as `GuideFields` selects it; versions after the first carry a note. */
export const guideVersion = (guideId: string, number: number, fileName: string, sizeBytes = 1024) => ({
  __typename: 'GuideVersion',
  id: `${guideId}-v${number}`,
  number,
  note: number > 1 ? 'Жаңа талаптар' : null,
  fileName,
  mimeType: 'application/pdf',
  sizeBytes,
  createdAt: '2026-11-01T10:00:00.000Z',
});

/** A Kazakh guide on registering an organization as `GuideFields` selects it, with one version (`shablon.pdf`) unless `over` says otherwise. */
export const guideData = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Guide',
  id,
  title,
  description: null,
  language: 'KK',
  subtypes: ['ORGANIZATION_REGISTRATION'],
  directions: [],
  ownerRegionCode: null,
  latestVersionNumber: 1,
  version: 1,
  versions: [guideVersion(id, 1, 'shablon.pdf')],
  ...over,
});
