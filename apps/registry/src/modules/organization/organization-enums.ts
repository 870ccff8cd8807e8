import { ContactKind, Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  description: 'Whether the actor is at work (ACTIVE), quiet for now (DORMANT), or has stopped (CLOSED).',
});
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How the front office was in touch with an actor: meeting, call, visit, event, message.',
});

export { ContactKind, Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode };
