/**
 * Figure P4 in `npm run bench`: analytics at national scale against the naive GROUP BY over the
 * same facts, in the same run (analytics-measure.ts): the overview and a grouped, filtered
 * `insights` query through the gateway at 10 in flight. Prints
 * `P4 analytics-vs-naive ratio=<naive p95 / API p95, the worse of the two> p95_ms=… overview_p95_ms=…
 * grouped_p95_ms=… naive_overview_p95_ms=… naive_grouped_p95_ms=…`.
 *
 * When the generated data left analytics' read model empty (its facts come from the owning
 * subgraphs' events), the facts are written straight into it first (analytics-data.ts).
 */
import { Client } from 'pg';
import { generateAnalyticsFacts } from '../analytics-data';
import { measureP4 } from '../analytics-measure';
import type { BenchContext } from './figure';

export interface P4RunOptions {
  gatewayUrl: string;
  databaseUrl: string;
  jwtSecret?: string;
  scale: number;
  inFlight?: number;
  samples?: number;
  warmup?: number;
  rounds?: number;
  log?: (message: string) => void;
}

/** Measures P4 on a running system; gives the figure's line. */
export async function runP4(options: P4RunOptions): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const pg = new Client({ connectionString: options.databaseUrl });
  await pg.connect();
  try {
    const { rows } = await pg.query<{ n: string }>('SELECT count(*) AS n FROM analytics.request_fact');
    if (Number(rows[0].n) === 0) {
      log(`P4: analytics holds no request facts; writing national scale ×${options.scale} of facts into its read model`);
      await generateAnalyticsFacts(pg, options.scale);
    }
  } finally {
    await pg.end();
  }
  const result = await measureP4({
    gatewayUrl: options.gatewayUrl,
    databaseUrl: options.databaseUrl,
    jwtSecret: options.jwtSecret,
    inFlight: options.inFlight ?? 10,
    samples: options.samples ?? 200,
    warmup: options.warmup ?? 20,
    rounds: options.rounds ?? 2,
    log,
  });
  return [result.line];
}

export async function run(ctx: BenchContext): Promise<string[]> {
  const stack = await ctx.stack();
  return runP4({ gatewayUrl: stack.gatewayUrl, databaseUrl: ctx.databaseUrl, jwtSecret: ctx.secrets.jwtSecret, scale: ctx.scale, rounds: ctx.rounds, log: ctx.log });
}
