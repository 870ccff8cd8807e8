import { graphqlEnum, type EnumValue } from '@birge/server-kit';
import type { Role } from '@birge/shared-reference';

/** The roles a staff account can have: every role but PARTNER (API keys) and ORGANIZATION_CONTACT (portal links). */
export const StaffRole = graphqlEnum('StaffRole', 'What a staff account may do.', {
  REPUBLICAN_ADMIN: 'The republican front office: every region; manages accounts.',
  REGIONAL_STAFF: 'A regional front office: works in its own region.',
  ANALYST: 'Reads figures across every region; never writes.',
} satisfies Partial<Record<Role, string>>);
export type StaffRole = EnumValue<typeof StaffRole>;

export function isStaffRole(value: string): value is StaffRole {
  return (Object.values(StaffRole) as string[]).includes(value);
}
