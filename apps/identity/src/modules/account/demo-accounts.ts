import { Role } from '@birge/shared-reference';
import type { StaffRole } from './staff-role.enum';

export interface DemoAccount {
  email: string;
  name: string;
  role: StaffRole;
  regionCode: string | null;
  password: string;
}

/**
 * One account per role for `npm start` (DEMO_DATA not false). The passwords are public: these
 * accounts are for a local demo only, never for a shared or production database.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.birge.kz', name: 'Республикалық әкімші (demo)', role: Role.REPUBLICAN_ADMIN, regionCode: null, password: 'demo-admin-2026' },
  { email: 'astana@demo.birge.kz', name: 'Астана РФО қызметкері (demo)', role: Role.REGIONAL_STAFF, regionCode: '710000000', password: 'demo-astana-2026' },
  { email: 'analyst@demo.birge.kz', name: 'Аналитик (demo)', role: Role.ANALYST, regionCode: null, password: 'demo-analyst-2026' },
];
