import { CheckOutcome, VerificationMethod, VerificationStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

export enum VerificationDecision {
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(VerificationMethod, {
  name: 'VerificationMethod',
  description:
    "The memo's five ways to check an organization: its Qazvolunteer.kz ID; past-work reports cross-checked with " +
    'beneficiaries; a recommendation letter from partners or beneficiaries; a letter from a National Volunteer Network ' +
    'partner; a visit to one of its events or its working place.',
});
registerEnumType(CheckOutcome, { name: 'CheckOutcome', description: 'PASSED, FAILED, or PENDING (started, not finished).' });
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description:
    'Derived by this rule. The latest explicit decision settles every check before it; of the checks after it: (1) a PASSED ' +
    'check with no FAILED check after it makes VERIFIED; (2) otherwise a FAILED check makes IN_REVIEW (only a person ' +
    'rejects, with a reason); (3) otherwise the decision stands (VERIFIED or REJECTED); (4) otherwise a PENDING check makes ' +
    'IN_REVIEW; (5) otherwise UNVERIFIED. VERIFIED becomes EXPIRED once the verification is older than the ' +
    're-verification period (REGISTRY_REVERIFY_AFTER_MONTHS, 24 by default).',
});
registerEnumType(VerificationDecision, { name: 'VerificationDecision', description: "A person's explicit verdict, with a reason." });

export { CheckOutcome, VerificationMethod, VerificationStatus };
