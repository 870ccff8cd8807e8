import { isPrivateJwtSecret, jwtSecretSchema } from '@birge/server-kit';
import { z } from 'zod';

/** What the identity subgraph reads beyond every subgraph's variables. */
export const identityConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    JWT_SECRET: jwtSecretSchema,
    /** When the daily sweep announcing API keys about to expire runs (cron, UTC). */
    IDENTITY_NOTICE_CRON: z.string().min(9).max(100).default('0 2 * * *'),
    /** A key expiring within this many days is announced to the republican administrators. */
    API_KEY_EXPIRY_NOTICE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  })
  .refine(isPrivateJwtSecret, { path: ['JWT_SECRET'], message: 'must be set to a private value in production (the same in the gateway)' });

export type IdentityConfig = z.infer<typeof identityConfigSchema>;
