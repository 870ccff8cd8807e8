import type { SubgraphContext } from '@birge/server-kit';
import type { StaffAccountService } from './modules/account/staff-account.service';
import type { AuthService } from './modules/auth/auth.service';

export interface IdentityServices {
  accounts: StaffAccountService;
  auth: AuthService;
}

export type IdentityContext = SubgraphContext<IdentityServices>;
