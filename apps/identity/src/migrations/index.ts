import { CreateIdentity1764400000000 } from './1764400000000-CreateIdentity';
import { ApiKeysAndAudit1764500000000 } from './1764500000000-ApiKeysAndAudit';

/** Every migration of the identity schema, oldest first. */
export const identityMigrations = [CreateIdentity1764400000000, ApiKeysAndAudit1764500000000];
