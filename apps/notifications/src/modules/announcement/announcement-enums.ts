import { graphqlEnum, type EnumValue } from '@birge/server-kit';
import { Direction, OrganizationKind, VerificationStatus } from '@birge/shared-reference';

export const AnnouncementTopic = graphqlEnum('AnnouncementTopic', 'What an announcement is about: a grant, a support programme, an event, or something else.', [
  'GRANT',
  'PROGRAMME',
  'EVENT',
  'OTHER',
]);
export type AnnouncementTopic = EnumValue<typeof AnnouncementTopic>;

export const AnnouncementStatus = graphqlEnum('AnnouncementStatus', 'A draft (editable), scheduled (sent by the scheduler at scheduledAt), sent, or cancelled (never sent).', [
  'DRAFT',
  'SCHEDULED',
  'SENT',
  'CANCELLED',
]);
export type AnnouncementStatus = EnumValue<typeof AnnouncementStatus>;

export { Direction, OrganizationKind, VerificationStatus };
