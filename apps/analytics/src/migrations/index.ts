import { CreateAnalytics1764060000000 } from './1764060000000-CreateAnalytics';

/** Every migration of the analytics schema, oldest first. */
export const analyticsMigrations = [CreateAnalytics1764060000000];
