import { loadConfig, startEventConsumers, type SubgraphDefinition } from '@birge/server-kit';
import { identityConfigSchema } from './identity.config';
import type { IdentityServices } from './identity.context';
import { buildIdentitySchema } from './identity.schema';
import { identityMigrations } from './migrations';
import { StaffAccountEntity } from './modules/account/staff-account.entity';
import { StaffAccountService } from './modules/account/staff-account.service';
import { ApiKeyEntity } from './modules/api-key/api-key.entity';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { API_KEY_SWEEP_QUEUE, ApiKeyExpiryNotices } from './modules/api-key/api-key-expiry-notices';
import { AuditEntryEntity } from './modules/audit/audit-entry.entity';
import { auditConsumers } from './modules/audit/audit.consumers';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottleEntity } from './modules/auth/login-throttle.entity';
import { SessionEntity } from './modules/auth/session.entity';

export const identitySubgraph: SubgraphDefinition<IdentityServices> = {
  name: 'identity',
  defaultPort: 4005,
  entities: [StaffAccountEntity, SessionEntity, LoginThrottleEntity, ApiKeyEntity, AuditEntryEntity],
  migrations: identityMigrations,
  buildSchema: buildIdentitySchema,
  createServices: ({ dataSource, env, events }) => {
    const config = loadConfig(identityConfigSchema, env);
    const accounts = new StaffAccountService(dataSource, events);
    return {
      accounts,
      auth: new AuthService(dataSource, accounts, config.JWT_SECRET),
      apiKeys: new ApiKeyService(dataSource),
      audit: new AuditService(dataSource),
      apiKeyNotices: new ApiKeyExpiryNotices(dataSource, events, config.API_KEY_EXPIRY_NOTICE_DAYS),
    };
  },
  startConsumers: async ({ events, env, dataSource }, services) => {
    await startEventConsumers(events, dataSource, 'identity', auditConsumers(services.audit));
    // Accounts older than their announcements: the notifications subgraph learns of them too.
    await services.accounts.announceUnannounced();
    // Once a day, across every replica: partner keys about to expire.
    await events.schedule(API_KEY_SWEEP_QUEUE, loadConfig(identityConfigSchema, env).IDENTITY_NOTICE_CRON, async () => {
      await services.apiKeyNotices.run();
    });
  },
};
