import { graphqlEnum, type EnumValue, registerGraphqlEnum } from '@birge/server-kit';
import { CheckOutcome, VerificationMethod, VerificationStatus } from '@birge/shared-reference';

export const VerificationDecision = graphqlEnum('VerificationDecision', "A person's explicit verdict, with a reason.", ['VERIFIED', 'REJECTED']);
export type VerificationDecision = EnumValue<typeof VerificationDecision>;

registerGraphqlEnum(
  VerificationMethod,
  'VerificationMethod',
  "The memo's five ways to check an organization: its Qazvolunteer.kz ID; past-work reports cross-checked with " +
    'beneficiaries; a recommendation letter from partners or beneficiaries; a letter from a National Volunteer Network ' +
    'partner; a visit to one of its events or its working place.',
);
registerGraphqlEnum(CheckOutcome, 'CheckOutcome', 'PASSED, FAILED, or PENDING (started, not finished).');

export { CheckOutcome, VerificationMethod, VerificationStatus };
