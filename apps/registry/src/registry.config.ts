import { isPrivatePortalLinkSecret, loadConfig, portalLinkSecretSchema, underBirgeHome } from '@birge/server-kit';
import { z } from 'zod';

/** The registry's own settings, on top of the variables every subgraph shares. */
export const registryConfigSchema = z
  .object({
    /** Folder of the local-disk evidence storage; `evidence` under BIRGE_HOME (git-ignored .birge) by default. */
    REGISTRY_EVIDENCE_DIR: z
      .string()
      .min(1)
      .default(() => underBirgeHome('evidence')),
    /** Largest evidence file accepted, in bytes (5 MiB by default). */
    REGISTRY_EVIDENCE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 * 1024)
      .default(5 * 1024 * 1024),
    /** A verification expires this many months after it was obtained; re-verification is then due. */
    REGISTRY_REVERIFY_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
    /** For the list filter ContactRecency: a contact within this many months is RECENT. */
    REGISTRY_CONTACT_WINDOW_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    /** When the daily notice sweep runs (cron, UTC): 02:00 UTC is early morning everywhere in Kazakhstan. */
    REGISTRY_NOTICE_CRON: z.string().min(9).max(100).default('0 2 * * *'),
    /** A verification running out within this many days is announced to the region's staff. */
    REGISTRY_VERIFICATION_NOTICE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Signs organizations' portal links (the gateway verifies them with the same secret). */
    PORTAL_LINK_SECRET: portalLinkSecretSchema,
    /** The dashboard's portal page a link opens; the token is added as `?token=`. */
    PORTAL_PAGE_URL: z.url().default('http://localhost:4200/#/portal'),
    NODE_ENV: z.string().default('development'),
  })
  .refine(isPrivatePortalLinkSecret, { path: ['PORTAL_LINK_SECRET'], message: 'must be set to a private value in production (the same in the gateway)' });

export type RegistryConfig = z.infer<typeof registryConfigSchema>;

export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return loadConfig(registryConfigSchema, env);
}
