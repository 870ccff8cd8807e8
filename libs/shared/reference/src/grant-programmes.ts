import type { Direction } from './directions';
import type { OrganizationKind } from './organization-kind';

/** How many days before a programme closes its closing-soon reminder goes out. */
export const GRANT_PROGRAMME_CLOSING_SOON_DAYS = 7;

/** What every grant programme event says of the programme (codes and the title; no free text beyond it). */
export interface GrantProgrammeEventBase {
  programmeId: string;
  title: { kk: string; ru: string; en: string };
  /** The regions it is open to (KATO codes); empty for the whole country. */
  regionCodes: string[];
  directions: Direction[];
  actorKinds: OrganizationKind[];
  /** The last day (YYYY-MM-DD) to apply. */
  closesOn: string;
  link: string | null;
  /** The region whose office keeps the programme; null for the republican office. */
  ownerRegionCode: string | null;
}

/**
 * Staff asked to announce a programme to its eligible audience: notifications drafts an
 * announcement for them (the programme's regions, directions and kinds of actor), to review and send.
 */
export interface GrantProgrammeAnnouncedPayload extends GrantProgrammeEventBase {
  /** Who asked (a user id): the announcement's author. */
  actorId: string;
  /** The language of the announcement (kk, ru or en). */
  language: 'kk' | 'ru' | 'en';
}

/** A programme closes within GRANT_PROGRAMME_CLOSING_SOON_DAYS; raised once per programme and closing day. */
export interface GrantProgrammeClosingSoonPayload extends GrantProgrammeEventBase {
  daysLeft: number;
}
