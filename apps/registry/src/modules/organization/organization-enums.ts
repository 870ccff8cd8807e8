import { ContactKind, Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer.',
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'The twelve directions of volunteering of the front-office memo.',
});
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
registerEnumType(VolunteeringMode, {
  name: 'VolunteeringMode',
  description: 'How volunteering is done: auto-volunteering (own vehicle), online, offline.',
});
registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  description: 'Whether the actor is at work (ACTIVE), quiet for now (DORMANT), or has stopped (CLOSED).',
});
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How the front office was in touch with an actor: meeting, call, visit, event, message.',
});

export { ContactKind, Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode };
