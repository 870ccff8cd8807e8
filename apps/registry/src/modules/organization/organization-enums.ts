import { Direction, OrganizationKind } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer.',
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'The twelve directions of volunteering of the front-office memo.',
});

export { Direction, OrganizationKind };
