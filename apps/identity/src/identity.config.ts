import { isPrivateJwtSecret, jwtSecretSchema } from '@birge/server-kit';
import { z } from 'zod';

/** What the identity subgraph reads beyond every subgraph's variables. */
export const identityConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    JWT_SECRET: jwtSecretSchema,
  })
  .refine(isPrivateJwtSecret, { path: ['JWT_SECRET'], message: 'must be set to a private value in production (the same in the gateway)' });

export type IdentityConfig = z.infer<typeof identityConfigSchema>;
