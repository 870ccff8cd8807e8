import { loadConfig } from '@birge/server-kit';
import { z } from 'zod';

/** Announcements' and digests' own settings. */
export const announcementConfigSchema = z.object({
  DASHBOARD_URL: z.url().default('http://localhost:4200'),
  /** Signs unsubscribe links; change it in every deployment (a leaked one lets anyone unsubscribe any address). */
  UNSUBSCRIBE_SECRET: z.string().min(16).default('birge-development-unsubscribe-secret'),
  /** The public page an unsubscribe link opens (the dashboard's #/unsubscribe by default: it routes by the hash); the token is added as ?token=. */
  UNSUBSCRIBE_URL: z.url().optional(),
  /**
   * The public address of this service's /unsubscribe route: mail clients POST the one-click unsubscribe
   * (RFC 8058) to it, a GET of it leads to the page. Expose that one path publicly (it needs no gateway signature).
   */
  UNSUBSCRIBE_POST_URL: z.url().default('http://localhost:4004/unsubscribe'),
  /** How often the scheduler looks for announcements due and digests to build. */
  ANNOUNCEMENT_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** The local hour in Asia/Almaty at which digests are built (0-23). */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  /** The day weekly digests are built: 1 Monday … 7 Sunday (ISO). */
  DIGEST_WEEKDAY: z.coerce.number().int().min(1).max(7).default(1),
});

export type AnnouncementConfig = z.infer<typeof announcementConfigSchema>;

export function loadAnnouncementConfig(env: NodeJS.ProcessEnv = process.env): AnnouncementConfig {
  return loadConfig(announcementConfigSchema, env);
}

export const unsubscribePage = (config: AnnouncementConfig) => config.UNSUBSCRIBE_URL ?? `${config.DASHBOARD_URL.replace(/\/$/, '')}/#/unsubscribe`;
