import { InsightDimension, InsightMeasure, OPEN_ASSISTANCE_STATUSES } from '@birge/shared-reference';

/** Said on every count of records: a count describes, it does not judge. */
const NOT_A_SCORE =
  " A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and " + 'last report (regionContext).';
const OF_PERIOD = ' (or of each month, quarter or year when grouped by one)';

/** What each measure counts and how: the schema's description of every InsightMeasure value. */
export const INSIGHT_MEASURE_DESCRIPTIONS: Record<InsightMeasure, string> = {
  ORGANIZATIONS:
    `Organizations, initiative groups and independent volunteers registered by the end of the period${OF_PERIOD}: a stock. A merged ` +
    `record counts once (as the record it was merged into).${NOT_A_SCORE}`,
  NEW_ORGANIZATIONS: `Organizations registered within the period${OF_PERIOD}.${NOT_A_SCORE}`,
  VERIFIED_ORGANIZATIONS: 'Of ORGANIZATIONS, those whose verification status is VERIFIED now (as stored: VERIFIED until re-verification is due).',
  VERIFIED_SHARE: 'VERIFIED_ORGANIZATIONS divided by ORGANIZATIONS, between 0 and 1; null when there is no organization.',
  TOLD_ORGANIZATIONS:
    'Of ORGANIZATIONS, those told what the front office offers on a contact of its log (toldAboutOffer) on or before the last day of ' +
    `the period${OF_PERIOD}: the memo's first success criterion. It describes reach, it is never a target to grow, and no region is ` +
    'ranked by it.',
  OUTREACH_SHARE: 'TOLD_ORGANIZATIONS divided by ORGANIZATIONS, between 0 and 1; null when there is no organization. Never a target, never a ranking.',
  DISTRICTS: 'Districts of the reference data (KATO) in the regions or districts counted. Every district counts, whether anyone works there or not.',
  COVERED_DISTRICTS:
    'Of DISTRICTS, those with at least one front-office contact within the coverage window (ANALYTICS_CONTACT_WINDOW_MONTHS, 12 by ' +
    'default) ending on the last day of the period or of each month, quarter or year: grouped by MONTH, the trend of coverage.',
  COVERAGE_SHARE: 'COVERED_DISTRICTS divided by DISTRICTS, between 0 and 1; null when there is no district in scope.',
  CONTACTS: `Contacts of the front office with actors (meetings, calls, visits...) on days within the period, placed in the contact's district.${NOT_A_SCORE}`,
  REQUESTS: `Assistance requests submitted within the period${OF_PERIOD}, whatever their status now.${NOT_A_SCORE}`,
  OPEN_REQUESTS: `Of REQUESTS, those open now (${OPEN_ASSISTANCE_STATUSES.join(', ')}).`,
  RESOLVED_REQUESTS: 'Of REQUESTS, those resolved now (status RESOLVED; declined and withdrawn requests are neither open nor resolved).',
  OVERDUE_REQUESTS: 'Of REQUESTS with a due date, those open past it now or resolved after it.',
  OVERDUE_SHARE: 'OVERDUE_REQUESTS divided by REQUESTS, between 0 and 1; null when there is no request.',
  FIRST_RESPONSE_HOURS_MEDIAN:
    'Median hours from submission to the first response (the first status change out of NEW), over the requests of REQUESTS that ' + 'had one; null when none had.',
  FIRST_RESPONSE_HOURS_P90: 'The 90th percentile (linear interpolation) of the same hours as FIRST_RESPONSE_HOURS_MEDIAN: how long the slowest tenth waited.',
  RESOLUTION_HOURS_MEDIAN: 'Median hours from submission to resolution, over the requests of REQUESTS resolved now; null when none is.',
  RESOLUTION_HOURS_P90: 'The 90th percentile (linear interpolation) of the same hours as RESOLUTION_HOURS_MEDIAN.',
  REFERRALS: 'Referrals of the requests of REQUESTS to state bodies (a request may have several).',
  ANSWERED_REFERRALS: 'Of REFERRALS, those the state body has answered.',
  REFERRAL_ANSWER_SHARE: 'ANSWERED_REFERRALS divided by REFERRALS, between 0 and 1; null when there is no referral.',
  RATINGS: 'Requests of REQUESTS that the requester rated.',
  RATING_AVERAGE: 'The average score (1 to 5) of the rated requests; null when none is rated.',
  TRAININGS_HELD: `Trainings of the front office that started within the period (and have started by now) and were not cancelled.${NOT_A_SCORE}`,
  TRAINING_SEATS: 'The capacity (seats) of the trainings of TRAININGS_HELD.',
  TRAINING_PARTICIPANTS: 'Participants marked as attended at the trainings of TRAININGS_HELD (a registration may bring several participants).',
  TRAINING_ATTENDANCE_RATE: 'TRAINING_PARTICIPANTS divided by the participants registered for the same trainings, between 0 and 1; null when none registered.',
  BOOKINGS: `Confirmed (not cancelled) bookings of the front office's rooms and equipment by organizations, starting within the period.${NOT_A_SCORE}`,
  BOOKED_HOURS: 'The hours of the bookings of BOOKINGS, from start to end.',
};

/** What each dimension groups or filters by, and which facts it cuts: the schema's description of every InsightDimension value. */
export const INSIGHT_DIMENSION_DESCRIPTIONS: Record<InsightDimension, string> = {
  REGION:
    "The region (KATO code) of the fact: the organization's, the contact's, the request's, the training's or the booked premises'. " +
    'Rows in official order; grouped by it, every region in scope is a row. Cuts every measure.',
  DISTRICT:
    "The district (KATO code): the organization's (requests, bookings) or the contact's; NONE for records without one. Grouped by it, " +
    'every district in scope is a row. Not for trainings (a training belongs to a region).',
  MONTH:
    "Calendar months (YYYY-MM) of the period, in UTC: submission of a request, start of a training or booking, day of a contact; for organizations and coverage, the state at each month's end.",
  QUARTER: 'Calendar quarters (YYYY-Qn) of the period, counted as MONTH is.',
  YEAR: 'Calendar years (YYYY) of the period, counted as MONTH is.',
  ORGANIZATION_KIND: "The organization's kind (NGO, initiative group, independent volunteer); cuts organizations and their contacts, requests and bookings.",
  LEGAL_FORM: 'The legal form of a registered NGO; NONE for initiative groups and volunteers. Cuts what ORGANIZATION_KIND cuts.',
  VERIFICATION_STATUS: "The organization's verification status now (UNVERIFIED when never checked). Cuts what ORGANIZATION_KIND cuts.",
  DIRECTION:
    "The organization's directions of volunteering (12): one works in several, so grouped by it an organization (and its requests, " +
    'contacts, bookings) counts once in each of its directions and the groups add up to more than the total; NONE for none.',
  CATEGORY: "The categories (7) of the organization's volunteers; several per organization, counted as DIRECTION is.",
  MODE: 'The modes (3) the organization volunteers in; several per organization, counted as DIRECTION is.',
  REQUEST_TYPE: 'The type of an assistance request (administrative, consultative, informational). Requests only.',
  REQUEST_SUBTYPE: 'The sub-type of an assistance request (what exactly is asked for). Requests only.',
  REQUEST_STATUS: 'The status an assistance request is in now. Requests only.',
  REQUEST_OUTCOME: 'The outcome of a resolved request; NONE while it has none. Requests only.',
  RESOURCE_KIND: 'The kind of booked resource (ROOM, EQUIPMENT). Bookings only.',
};
