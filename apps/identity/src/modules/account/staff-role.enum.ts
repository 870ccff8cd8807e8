import { registerGraphqlEnum } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';

/** The roles a staff account can have: every role but PARTNER, which belongs to API keys. */
export const StaffRole = {
  REPUBLICAN_ADMIN: Role.REPUBLICAN_ADMIN,
  REGIONAL_STAFF: Role.REGIONAL_STAFF,
  ANALYST: Role.ANALYST,
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

export function isStaffRole(value: string): value is StaffRole {
  return (Object.values(StaffRole) as string[]).includes(value);
}

registerGraphqlEnum(StaffRole, 'StaffRole', 'What a staff account may do.', {
  REPUBLICAN_ADMIN: 'The republican front office: every region; manages accounts.',
  REGIONAL_STAFF: 'A regional front office: works in its own region.',
  ANALYST: 'Reads figures across every region; never writes.',
});
