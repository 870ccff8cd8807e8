import { Direction, OrganizationKind } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/** Who funds a programme: a sponsor or a state body of the registry's directory, or one named in text. */
export enum FunderKind {
  SPONSOR = 'SPONSOR',
  STATE_BODY = 'STATE_BODY',
  OTHER = 'OTHER',
}

registerEnumType(FunderKind, { name: 'FunderKind', description: 'A sponsor or a state body of the directory, or another funder named in text.' });
// The registry's enums, the same values: composition merges them.
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer.' });
registerEnumType(Direction, { name: 'Direction', description: 'The twelve directions of volunteering of the front-office memo.' });

export { Direction, OrganizationKind };
