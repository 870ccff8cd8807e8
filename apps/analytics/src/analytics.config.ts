import { loadConfig } from '@birge/server-kit';
import { z } from 'zod';

/** Analytics' own settings, on top of the subgraph variables every service shares. */
export const analyticsConfigSchema = z.object({
  /** A district counts as ESTABLISHED while its last contact is at most this many months old. */
  ANALYTICS_CONTACT_WINDOW_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
});

export type AnalyticsConfig = z.infer<typeof analyticsConfigSchema>;

export function loadAnalyticsConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  return loadConfig(analyticsConfigSchema, env);
}
