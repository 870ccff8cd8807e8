import { registerGraphqlEnum } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';

/** Every role a caller can have, partners included (staff accounts use StaffRole). */
export const CallerRole = Role;
export type CallerRole = Role;

registerGraphqlEnum(CallerRole, 'CallerRole', 'The role a caller acted with.', {
  REPUBLICAN_ADMIN: 'The republican front office: every region; manages accounts and keys.',
  REGIONAL_STAFF: 'A regional front office: works in its own region.',
  ANALYST: 'Reads figures across every region; never writes.',
  PARTNER: 'A partner system calling with an API key.',
  ORGANIZATION_CONTACT: "An organization's contact acting through the portal link the front office e-mailed them (userId portal:<e-mail>).",
});
