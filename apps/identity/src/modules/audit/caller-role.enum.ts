import { Role } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/** Every role a caller can have, partners included (staff accounts use StaffRole). */
export const CallerRole = Role;
export type CallerRole = Role;

registerEnumType(CallerRole, {
  name: 'CallerRole',
  description: 'The role a caller acted with.',
  valuesConfig: {
    REPUBLICAN_ADMIN: { description: 'The republican front office: every region; manages accounts and keys.' },
    REGIONAL_STAFF: { description: 'A regional front office: works in its own region.' },
    ANALYST: { description: 'Reads figures across every region; never writes.' },
    PARTNER: { description: 'A partner system calling with an API key.' },
    ORGANIZATION_CONTACT: { description: "An organization's contact acting through the portal link the front office e-mailed them (userId portal:<e-mail>)." },
  },
});
