import { z } from 'zod';
import { portSchema } from './port';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment with a zod schema. Fails fast with one line per wrong variable,
 * naming it, so an operator can fix the deployment without reading code.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    return `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

const DEV_INTERNAL_SECRET = 'birge-development-internal-secret';

/** For a zod refine: production must not run on the published development INTERNAL_SECRET. */
export function isPrivateInternalSecret(env: { NODE_ENV: string; INTERNAL_SECRET: string }): boolean {
  return env.NODE_ENV !== 'production' || env.INTERNAL_SECRET !== DEV_INTERNAL_SECRET;
}

/** `true`/`false`/`1`/`0` from an environment variable. */
export const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Variables every service shares. */
export const baseConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INTERNAL_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_INTERNAL_SECRET),
};

/** Variables every subgraph shares; PORT defaults differ per subgraph. */
export function subgraphConfigSchema(defaultPort: number) {
  return z
    .object({
      ...baseConfigShape,
      PORT: portSchema(defaultPort),
      DATABASE_URL: z
        .string({ error: 'is required: a postgres:// URL (npm start provides an embedded one)' })
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL'),
      DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
      MIGRATE_ON_START: booleanFromEnv.default(true),
      /**
       * Fields one request may resolve at most (see requestBudgetPlugin): 2.5 times the gateway's
       * default cost limit, and about a second of a subgraph's work on a 2-core machine.
       */
      MAX_RESOLVED_FIELDS: z.coerce.number().int().min(1000).max(10_000_000).default(50_000),
      /** How long one request may execute at most, in milliseconds. */
      REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.INTERNAL_SECRET !== DEV_INTERNAL_SECRET, {
      path: ['INTERNAL_SECRET'],
      message: 'must be set to a private value in production',
    });
}

export type SubgraphConfig = z.infer<ReturnType<typeof subgraphConfigSchema>>;
