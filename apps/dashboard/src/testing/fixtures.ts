import { MarkNotificationReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from '../features/notifications/notifications.graphql';
import { RegionOptionsQuery } from '../features/reference/reference.graphql';
import { StaffDirectoryQuery } from '../features/reference/staff.graphql';
import type { Viewer } from '../auth/session';
import type { Mocks } from './render';

export const name = (kk: string, ru: string, en: string) => ({ __typename: 'LocalizedText', kk, ru, en });

export const ABAI = {
  __typename: 'Region',
  code: '100000000',
  kind: 'OBLAST',
  name: name('Абай облысы', 'Область Абай', 'Abai Region'),
  districts: [
    { __typename: 'District', code: '101000000', kind: 'CITY', name: name('Семей қ.', 'г. Семей', 'Semey') },
    { __typename: 'District', code: '102000000', kind: 'DISTRICT', name: name('Абай ауданы', 'Абайский район', 'Abai District') },
  ],
};

export const ASTANA = {
  __typename: 'Region',
  code: '710000000',
  kind: 'CITY',
  name: name('Астана', 'Астана', 'Astana'),
  districts: [{ __typename: 'District', code: '711000000', kind: 'CITY_DISTRICT', name: name('Алматы ауданы', 'район Алматы', 'Almaty District') }],
};

export function regionOptionsMock(): Mocks[number] {
  return {
    request: { query: RegionOptionsQuery },
    result: { data: { regions: [ABAI, ASTANA] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function unreadCountMock(count: number | null, errors?: unknown[]): Mocks[number] {
  return {
    request: { query: UnreadNotificationCountQuery },
    result: { data: { unreadNotificationCount: count }, ...(errors ? { errors } : {}) },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as Mocks[number];
}

export { MarkNotificationReadMutation, NotificationsQuery };

export const STAFF_ID = '11111111-1111-4111-8111-111111111111';

/** The staff directory an administrator sees: names for the user ids in timelines. */
export function staffDirectoryMock(): Mocks[number] {
  return {
    request: { query: StaffDirectoryQuery, variables: { filter: { active: true } } },
    result: {
      data: {
        staffAccounts: {
          __typename: 'StaffAccountConnection',
          edges: [
            {
              __typename: 'StaffAccountEdge',
              node: {
                __typename: 'StaffAccount',
                id: STAFF_ID,
                name: 'Айгүл Серікова',
                email: 'aigul@example.kz',
                role: 'REGIONAL_STAFF',
                active: true,
                region: { __typename: 'Region', code: ABAI.code },
              },
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A signed-in analyst: reads every region, writes nothing. */
export const ANALYST: Viewer = { kind: 'account', account: { id: 'u-an', email: 'analyst@demo.birge.kz', name: 'Analyst', role: 'ANALYST', active: true, region: null } };

/** A signed-in member of Astana's front office (regional staff). */
export const ASTANA_STAFF: Viewer = {
  kind: 'account',
  account: {
    id: 'u-as',
    email: 'astana@demo.birge.kz',
    name: 'Astana',
    role: 'REGIONAL_STAFF',
    active: true,
    region: { code: '710000000', name: { kk: 'Астана', ru: 'Астана', en: 'Astana' } },
  },
};
