import type { SubgraphContext } from '@birge/server-kit';
import type { StaffAccountService } from './modules/account/staff-account.service';
import type { ApiKeyService } from './modules/api-key/api-key.service';
import type { AuditService } from './modules/audit/audit.service';
import type { AuthService } from './modules/auth/auth.service';

export interface IdentityServices {
  accounts: StaffAccountService;
  auth: AuthService;
  apiKeys: ApiKeyService;
  audit: AuditService;
}

export type IdentityContext = SubgraphContext<IdentityServices>;
