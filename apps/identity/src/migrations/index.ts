import { CreateIdentity1764400000000 } from './1764400000000-CreateIdentity';

/** Every migration of the identity schema, oldest first. */
export const identityMigrations = [CreateIdentity1764400000000];
