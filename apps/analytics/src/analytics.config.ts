import { loadConfig, underBirgeHome } from '@birge/server-kit';
import { z } from 'zod';

/** Analytics' own settings, on top of the subgraph variables every service shares. */
export const analyticsConfigSchema = z.object({
  /** A district counts as ESTABLISHED while its last contact is at most this many months old. */
  ANALYTICS_CONTACT_WINDOW_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /**
   * Whole months of the request measures that add up (counts, overdue, referrals, ratings) from
   * the monthly figures kept by triggers (request_month_figures); `false` reads every figure from
   * the facts (the benchmark measures both in one run).
   */
  ANALYTICS_ROLLUPS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /**
   * The registry's re-verification period, read from the registry's own variable so both derive
   * EXPIRED alike: a verification older than this many months reads EXPIRED in the figures.
   */
  REGISTRY_REVERIFY_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Folder of the feedback channel's files (their metadata is in the database); `feedback-files` under BIRGE_HOME by default. */
  ANALYTICS_FEEDBACK_FILES_DIR: z
    .string()
    .min(1)
    .default(() => underBirgeHome('feedback-files')),
  // The HTTP body is limited to 1 MiB and a file travels as base64 (4/3 larger).
  ANALYTICS_FEEDBACK_FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(700_000)
    .default(512 * 1024),
  /** When the periodic reports' sweep raises due-soon and overdue events (pg-boss cron, UTC). */
  ANALYTICS_REPORT_SWEEP_CRON: z.string().min(9).default('*/5 * * * *'),
  /** A report not submitted is "due soon" this many days (or fewer) before its due day. */
  ANALYTICS_REPORT_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(30).default(3),
});

export type AnalyticsConfig = z.infer<typeof analyticsConfigSchema>;

export function loadAnalyticsConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  return loadConfig(analyticsConfigSchema, env);
}
