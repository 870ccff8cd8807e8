import { Role } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

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

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'What a staff account may do.',
  valuesConfig: {
    REPUBLICAN_ADMIN: { description: 'The republican front office: every region; manages accounts.' },
    REGIONAL_STAFF: { description: 'A regional front office: works in its own region.' },
    ANALYST: { description: 'Reads figures across every region; never writes.' },
  },
});
