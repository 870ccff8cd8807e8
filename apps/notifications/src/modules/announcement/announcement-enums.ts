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
registerEnumType(VerificationStatus, { name: 'VerificationStatus', description: 'Whether an organization was checked to be a volunteer organization.' });

export { Direction, OrganizationKind, VerificationStatus };
