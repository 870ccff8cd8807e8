import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** The three kinds of volunteer team the memo distinguishes. */
export const OrganizationKind = enumOf([
  /** A registered non-governmental / non-commercial organization. */
  'NGO',
  /** An informal initiative group without registration, usually with a leader. */
  'INITIATIVE_GROUP',
  'INDEPENDENT_VOLUNTEER',
]);
export type OrganizationKind = EnumValue<typeof OrganizationKind>;

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, LocalizedText> = {
  [OrganizationKind.NGO]: {
    kk: 'Волонтерлік ҮЕҰ / КЕҰ',
    ru: 'Волонтёрская НПО / НКО',
    en: 'Volunteer NGO / NCO',
  },
  [OrganizationKind.INITIATIVE_GROUP]: {
    kk: 'Волонтерлік бастамашыл топ',
    ru: 'Волонтёрская инициативная группа',
    en: 'Volunteer initiative group',
  },
  [OrganizationKind.INDEPENDENT_VOLUNTEER]: {
    kk: 'Жеке волонтер',
    ru: 'Независимый волонтёр',
    en: 'Independent volunteer',
  },
};
