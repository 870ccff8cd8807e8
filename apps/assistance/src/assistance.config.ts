import { loadConfig, underBirgeHome } from '@birge/server-kit';
import { z } from 'zod';

/** Assistance's own variables, beside the ones every subgraph has (see apps/assistance/.env.example). */
export const assistanceConfigSchema = z.object({
  /** Folder of the attachments' contents; `attachments` under BIRGE_HOME by default. */
  ASSISTANCE_ATTACHMENTS_DIR: z
    .string()
    .min(1)
    .default(() => underBirgeHome('attachments')),
  // The HTTP body is limited to 1 MiB and the content travels as base64 (4/3 larger).
  ASSISTANCE_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(700_000)
    .default(512 * 1024),
  ASSISTANCE_SWEEP_CRON: z.string().min(9).default('* * * * *'),
  ASSISTANCE_TRAINING_REMINDER_HOURS: z.coerce.number().int().min(1).max(720).default(24),
});

export type AssistanceConfig = z.infer<typeof assistanceConfigSchema>;

export function loadAssistanceConfig(env: NodeJS.ProcessEnv = process.env): AssistanceConfig {
  return loadConfig(assistanceConfigSchema, env);
}
