import { Direction, OrganizationKind, VerificationStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

export enum AnnouncementTopic {
  GRANT = 'GRANT',
  PROGRAMME = 'PROGRAMME',
  EVENT = 'EVENT',
  OTHER = 'OTHER',
}

export enum AnnouncementStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AnnouncementTopic, { name: 'AnnouncementTopic', description: 'What an announcement is about: a grant, a support programme, an event, or something else.' });
registerEnumType(AnnouncementStatus, {
  name: 'AnnouncementStatus',
  description: 'A draft (editable), scheduled (sent by the scheduler at scheduledAt), sent, or cancelled (never sent).',
});
// The registry's enums, the same values: composition merges them.
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer.' });
registerEnumType(Direction, { name: 'Direction', description: 'The twelve directions of volunteering of the front-office memo.' });
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description:
    'Derived by this rule. The latest explicit decision settles every check before it; of the checks after it: (1) a PASSED ' +
    'check with no FAILED check after it makes VERIFIED; (2) otherwise a FAILED check makes IN_REVIEW (only a person ' +
    'rejects, with a reason); (3) otherwise the decision stands (VERIFIED or REJECTED); (4) otherwise a PENDING check makes ' +
    'IN_REVIEW; (5) otherwise UNVERIFIED. VERIFIED becomes EXPIRED once the verification is older than the ' +
    're-verification period (REGISTRY_REVERIFY_AFTER_MONTHS, 24 by default).',
});

export { Direction, OrganizationKind, VerificationStatus };
