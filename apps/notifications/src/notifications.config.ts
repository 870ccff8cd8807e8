import { booleanFromEnv, loadConfig } from '@birge/server-kit';
import { z } from 'zod';

/** The notifications subgraph's own settings (email through SMTP), on top of the variables every subgraph shares. */
export const notificationsConfigSchema = z.object({
  /** The SMTP server mail goes through; empty: no mail is sent (emails stay queued in the delivery log). */
  SMTP_HOST: z.string().max(253).default(''),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** true: TLS from the first byte (port 465); false: plain, upgraded by STARTTLS when the server offers it. */
  SMTP_SECURE: booleanFromEnv.default(false),
  /** Sign in to the server with these, when both are set. */
  SMTP_USER: z.string().max(254).default(''),
  SMTP_PASSWORD: z.string().max(1024).default(''),
  /** The sender of every email. */
  MAIL_FROM: z.string().min(3).max(320).default('Birge <no-reply@birge.kz>'),
  /** Where the dashboard is, for the link in every email. */
  DASHBOARD_URL: z.url().default('http://localhost:4200'),
  /** How many times an email is tried before it is FAILED (a 5xx answer fails it at once). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** The first retry's wait after a temporary failure (4xx, no connection); doubled at each further attempt. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** The longest wait between two attempts. */
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  /** How often the sender looks for emails due, and how many it takes at a time. */
  MAIL_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  MAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  /** An email taken by a sender that stopped (killed mid-send) is tried again after this long. */
  MAIL_LEASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  return loadConfig(notificationsConfigSchema, env);
}
