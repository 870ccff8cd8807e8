import { graphqlEnum, type EnumValue } from '@birge/server-kit';
import { CheckOutcome, VerificationMethod, VerificationStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

export const VerificationDecision = graphqlEnum('VerificationDecision', "A person's explicit verdict, with a reason.", ['VERIFIED', 'REJECTED']);
export type VerificationDecision = EnumValue<typeof VerificationDecision>;

registerEnumType(VerificationMethod, {
  name: 'VerificationMethod',
  description:
    "The memo's five ways to check an organization: its Qazvolunteer.kz ID; past-work reports cross-checked with " +
    'beneficiaries; a recommendation letter from partners or beneficiaries; a letter from a National Volunteer Network ' +
    'partner; a visit to one of its events or its working place.',
});
registerEnumType(CheckOutcome, { name: 'CheckOutcome', description: 'PASSED, FAILED, or PENDING (started, not finished).' });

export { CheckOutcome, VerificationMethod, VerificationStatus };
