import * as reference from '@birge/shared-reference';
import { registerGraphqlEnum } from './graphql-enum';

/**
 * The enums of libs/shared that more than one subgraph serves, each registered once here under its
 * own name with its description, so every subgraph declares the same type (composition merges
 * them). A schema holds only the enums its fields use; a subgraph imports them from
 * @birge/shared-reference.
 */
const REFERENCE_ENUMS = {
  OrganizationKind: 'NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer.',
  Direction: 'The twelve directions of volunteering of the front-office memo.',
  LegalForm: 'Legal form of a registered NGO/NCO: association of legal entities, public foundation, public association, or other.',
  VolunteerCategory:
    'The seven categories of volunteers of the memo: pro bono (professionals), children (under 18), inclusive, corporate, ' +
    'international (foreign citizens), silver (over 55), middle (everyone else).',
  VolunteeringMode: 'How volunteering is done: auto-volunteering (own vehicle), online, offline.',
  VerificationStatus:
    'Derived by this rule. The latest explicit decision settles every check before it; of the checks after it: (1) a PASSED ' +
    'check with no FAILED check after it makes VERIFIED; (2) otherwise a FAILED check makes IN_REVIEW (only a person ' +
    'rejects, with a reason); (3) otherwise the decision stands (VERIFIED or REJECTED); (4) otherwise a PENDING check makes ' +
    'IN_REVIEW; (5) otherwise UNVERIFIED. VERIFIED becomes EXPIRED once the verification is older than the ' +
    're-verification period (REGISTRY_REVERIFY_AFTER_MONTHS, 24 by default).',
  AssistanceType: 'The three types of help a front office gives: administrative, consultative, informational.',
  AssistanceSubtype: 'What exactly is asked for; each sub-type belongs to one AssistanceType.',
  AssistanceRequestStatus: 'Where a request stands in its workflow.',
  AssistanceOutcomeResult: 'What came of a resolved request; each sub-type allows its own results (see assistanceCatalog).',
  BookableResourceKind: 'What a front office lends: a room or a piece of equipment.',
} as const;

for (const [name, description] of Object.entries(REFERENCE_ENUMS) as [keyof typeof REFERENCE_ENUMS, string][]) {
  registerGraphqlEnum(reference[name], name, description);
}
