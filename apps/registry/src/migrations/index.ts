import { CreateRegistry1764050000000 } from './1764050000000-CreateRegistry';
import { OrganizationProfile1764070000000 } from './1764070000000-OrganizationProfile';

/** Every migration of the registry schema, oldest first. */
export const registryMigrations = [CreateRegistry1764050000000, OrganizationProfile1764070000000];
