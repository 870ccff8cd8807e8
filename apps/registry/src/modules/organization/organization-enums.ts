import { registerGraphqlEnum } from '@birge/server-kit';
import { ContactKind, Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';

registerGraphqlEnum(OrganizationStatus, 'OrganizationStatus', 'Whether the actor is at work (ACTIVE), quiet for now (DORMANT), or has stopped (CLOSED).');
registerGraphqlEnum(ContactKind, 'ContactKind', 'How the front office was in touch with an actor: meeting, call, visit, event, message.');

export { ContactKind, Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode };
