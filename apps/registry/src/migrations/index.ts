import { CreateRegistry1764050000000 } from './1764050000000-CreateRegistry';

/** Every migration of the registry schema, oldest first. */
export const registryMigrations = [CreateRegistry1764050000000];
