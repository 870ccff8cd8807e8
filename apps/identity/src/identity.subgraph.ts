import { loadConfig, type SubgraphDefinition } from '@birge/server-kit';
import type { AuditRecordedPayload } from '@birge/shared-reference';
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
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottleEntity } from './modules/auth/login-throttle.entity';
import { SessionEntity } from './modules/auth/session.entity';

/** The queue every subgraph's audit records arrive on (EVENT_ROUTES['audit.mutation-recorded']). */
export const AUDIT_QUEUE = 'identity.audit';

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
  // Audit records of every subgraph (the kit's auditPlugin), stored once per record (or event) id.
  startConsumers: async ({ events, env }, services) => {
    await events.consume<'audit.mutation-recorded'>(AUDIT_QUEUE, async (event) => {
      const record = event.payload as AuditRecordedPayload;
      // The two records of one mutation (written with the change, sent after the answer) share a record id.
      await services.audit.store([{ sourceId: record.recordId ? `record:${record.recordId}` : event.eventId, record }]);
    });
    // Accounts older than their announcements: the notifications subgraph learns of them too.
    await services.accounts.announceUnannounced();
    // Once a day, across every replica: partner keys about to expire.
    await events.schedule(API_KEY_SWEEP_QUEUE, loadConfig(identityConfigSchema, env).IDENTITY_NOTICE_CRON, async () => {
      await services.apiKeyNotices.run();
    });
  },
};
