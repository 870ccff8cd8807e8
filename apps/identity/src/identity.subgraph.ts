import { loadConfig, type SubgraphDefinition } from '@birge/server-kit';
import { identityConfigSchema } from './identity.config';
import type { IdentityServices } from './identity.context';
import { buildIdentitySchema } from './identity.schema';
import { identityMigrations } from './migrations';
import { StaffAccountEntity } from './modules/account/staff-account.entity';
import { StaffAccountService } from './modules/account/staff-account.service';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottleEntity } from './modules/auth/login-throttle.entity';
import { SessionEntity } from './modules/auth/session.entity';

export const identitySubgraph: SubgraphDefinition<IdentityServices> = {
  name: 'identity',
  defaultPort: 4005,
  entities: [StaffAccountEntity, SessionEntity, LoginThrottleEntity],
  migrations: identityMigrations,
  buildSchema: buildIdentitySchema,
  createServices: ({ dataSource, env }) => {
    const config = loadConfig(identityConfigSchema, env);
    const accounts = new StaffAccountService(dataSource);
    return { accounts, auth: new AuthService(dataSource, accounts, config.JWT_SECRET) };
  },
};
