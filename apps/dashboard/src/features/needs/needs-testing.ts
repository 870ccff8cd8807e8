import { ABAI, name } from '../../testing/fixtures';

export const NEED_ID = '5d0c3c1e-2b7f-4f4e-9a51-1f7b2c3d4e5f';
export const SEMEY = { __typename: 'District', code: '101000000', name: name('Семей қ.', 'г. Семей', 'Semey') };

/** A need as the page's query returns it; `overrides` change any field. */
export function needData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Need',
    id: NEED_ID,
    theme: 'NO_PLACE_TO_MEET',
    kind: 'MOVEMENT',
    status: 'OPEN',
    allowedTransitions: ['ESCALATED', 'BEING_ADDRESSED', 'NO_LONGER_RELEVANT'],
    narrative: 'Семейдегі жастар тобына жиналатын орын жоқ',
    personalDataHidden: null,
    firstNoticedOn: '2026-09-15',
    createdAt: '2026-11-20T09:00:00.000Z',
    createdBy: 'u-abai',
    updatedAt: '2026-11-20T09:00:00.000Z',
    updatedBy: null,
    version: 1,
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    district: SEMEY,
    evidence: { __typename: 'NeedEvidence', organizationIds: [], contactIds: [], assistanceRequestIds: [], trainingIds: [] },
    statusHistory: [
      {
        __typename: 'NeedStatusChange',
        id: 'h1',
        fromStatus: null,
        toStatus: 'OPEN',
        comment: null,
        personalDataHidden: null,
        changedBy: 'u-abai',
        changedAt: '2026-11-20T09:00:00.000Z',
      },
    ],
    comments: [],
    ...overrides,
  };
}
