import {
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  BookableResourceKind,
  Direction,
  InsightDimension,
  InsightMeasure,
  LegalForm,
  OrganizationKind,
  VerificationStatus,
  VolunteerCategory,
  VolunteeringMode,
} from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';
import { INSIGHT_DIMENSION_DESCRIPTIONS, INSIGHT_MEASURE_DESCRIPTIONS, valuesConfig } from './insight-enum-values';

registerEnumType(InsightDimension, {
  name: 'InsightDimension',
  description:
    'What analytics figures are cut and grouped by: place (REGION, DISTRICT: drill-down region → district), time (MONTH, QUARTER, YEAR), ' +
    'the organization (kind, legal form, verification status, the 12 directions, the 7 categories, the 3 modes), the request (type, ' +
    'sub-type, status, outcome) and the booked resource kind. Not every dimension cuts every measure: see docs/analytics.md.',
  valuesConfig: valuesConfig(INSIGHT_DIMENSION_DESCRIPTIONS),
});
registerEnumType(InsightMeasure, {
  name: 'InsightMeasure',
  description:
    "A figure of the analytics API. Counts describe the picture, never a score: no measure ranks regions, and every region's figures " +
    'come with its open needs and its last report (InsightRow.regionContext). Shares and rates are between 0 and 1; durations in hours.',
  valuesConfig: valuesConfig(INSIGHT_MEASURE_DESCRIPTIONS),
});

// The owning subgraphs' enums, shared through libs/shared: same names, values and descriptions.
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer.',
});
registerEnumType(Direction, { name: 'Direction', description: 'The twelve directions of volunteering of the front-office memo.' });
registerEnumType(LegalForm, {
  name: 'LegalForm',
  description: 'Legal form of a registered NGO/NCO: association of legal entities, public foundation, public association, or other.',
});
registerEnumType(VolunteerCategory, {
  name: 'VolunteerCategory',
  description:
    'The seven categories of volunteers of the memo: pro bono (professionals), children (under 18), inclusive, corporate, ' +
    'international (foreign citizens), silver (over 55), middle (everyone else).',
});
registerEnumType(VolunteeringMode, { name: 'VolunteeringMode', description: 'How volunteering is done: auto-volunteering (own vehicle), online, offline.' });
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description:
    'Derived by this rule. The latest explicit decision settles every check before it; of the checks after it: (1) a PASSED ' +
    'check with no FAILED check after it makes VERIFIED; (2) otherwise a FAILED check makes IN_REVIEW (only a person ' +
    'rejects, with a reason); (3) otherwise the decision stands (VERIFIED or REJECTED); (4) otherwise a PENDING check makes ' +
    'IN_REVIEW; (5) otherwise UNVERIFIED. VERIFIED becomes EXPIRED once the verification is older than the ' +
    're-verification period (REGISTRY_REVERIFY_AFTER_MONTHS, 24 by default).',
});
registerEnumType(AssistanceType, {
  name: 'AssistanceType',
  description: 'The three types of help a front office gives: administrative, consultative, informational.',
});
registerEnumType(AssistanceSubtype, { name: 'AssistanceSubtype', description: 'What exactly is asked for; each sub-type belongs to one AssistanceType.' });
registerEnumType(AssistanceRequestStatus, { name: 'AssistanceRequestStatus', description: 'Where a request stands in its workflow.' });
registerEnumType(AssistanceOutcomeResult, {
  name: 'AssistanceOutcomeResult',
  description: 'What came of a resolved request; each sub-type allows its own results (see assistanceCatalog).',
});
registerEnumType(BookableResourceKind, { name: 'BookableResourceKind', description: 'What a front office lends: a room or a piece of equipment.' });

export {
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  BookableResourceKind,
  Direction,
  InsightDimension,
  InsightMeasure,
  LegalForm,
  OrganizationKind,
  VerificationStatus,
  VolunteerCategory,
  VolunteeringMode,
};
