import type { LocalizedText } from './locale';

/** The three kinds of volunteer team the memo distinguishes. */
export enum OrganizationKind {
  /** A registered non-governmental / non-commercial organization. */
  NGO = 'NGO',
  /** An informal initiative group without registration, usually with a leader. */
  INITIATIVE_GROUP = 'INITIATIVE_GROUP',
  INDEPENDENT_VOLUNTEER = 'INDEPENDENT_VOLUNTEER',
}

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
