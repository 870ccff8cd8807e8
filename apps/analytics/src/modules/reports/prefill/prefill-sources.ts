import type { PrefillSourceDefinition } from './prefill-source';
import { contactsLogged } from './sources/contacts-logged.source';
import { districtsContacted } from './sources/districts-contacted.source';
import { organizationsRegistered } from './sources/organizations-registered.source';
import { organizationsVerified } from './sources/organizations-verified.source';
import { bookings } from './sources/bookings.source';
import { requestsDeclined, requestsOpen, requestsResolved, requestsSubmitted, requestsSubmittedByType } from './sources/requests.source';
import { medianDaysToResolution, requestRatings, requestsResolvedInPeriod } from './sources/resolution.source';
import { trainingParticipants, trainingsHeld } from './sources/trainings.source';

/**
 * The figures a NUMBER field may be pre-filled with, in the order the form designer lists them.
 * To add one (as new facts reach analytics), write a file under `sources/` and add it here; its
 * key must stay stable once a form uses it.
 */
export const REPORT_PREFILL_SOURCES: readonly PrefillSourceDefinition[] = [
  contactsLogged,
  districtsContacted,
  organizationsRegistered,
  organizationsVerified,
  requestsSubmitted,
  ...requestsSubmittedByType,
  requestsResolved,
  requestsDeclined,
  requestsOpen,
  requestsResolvedInPeriod,
  medianDaysToResolution,
  requestRatings,
  trainingsHeld,
  trainingParticipants,
  bookings,
];

const BY_KEY = new Map<string, PrefillSourceDefinition>();
for (const source of REPORT_PREFILL_SOURCES) {
  if (!/^[A-Z][A-Z0-9_]*$/.test(source.key)) throw new Error(`Pre-fill source key ${source.key} must be upper-case letters, digits and underscores`);
  if (BY_KEY.has(source.key)) throw new Error(`Pre-fill source ${source.key} is listed twice`);
  BY_KEY.set(source.key, source);
}

/** The source of that key; undefined when there is none (a form naming it is refused). */
export function findPrefillSource(key: string): PrefillSourceDefinition | undefined {
  return BY_KEY.get(key);
}

/** The most sources the API lists (the cost model's size of `reportPrefillSources`). */
export const PREFILL_SOURCES_MAX = 100;
