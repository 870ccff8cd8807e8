import type { SubgraphContext } from '@birge/server-kit';
import type { StaffAccountService } from './modules/account/staff-account.service';
import type { ApiKeyExpiryNotices } from './modules/api-key/api-key-expiry-notices';
import type { ApiKeyService } from './modules/api-key/api-key.service';
import type { AuditService } from './modules/audit/audit.service';
import type { AuthService } from './modules/auth/auth.service';

export interface IdentityServices {
  accounts: StaffAccountService;
  auth: AuthService;
  apiKeys: ApiKeyService;
  /** The daily sweep announcing partner keys about to expire. */
  apiKeyNotices: ApiKeyExpiryNotices;
  audit: AuditService;
}

export type IdentityContext = SubgraphContext<IdentityServices>;
