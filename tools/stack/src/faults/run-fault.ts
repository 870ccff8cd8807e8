/**
 * `npm run fault -- r1|r2|r3|r4 [--concurrency N]`: runs a fault against a fresh stack and prints its
 * figures as JSON (see README, "Fault runs").
 */
import { parseArgs } from 'node:util';
import { faultR1 } from './r1-subgraph-down';
import { faultR2 } from './r2-database-restart';
import { faultR3 } from './r3-notifications-worker';
import { faultR4 } from './r4-sigterm';

const FAULTS = {
  r1: (o: { concurrency: number }) => faultR1(o),
  r2: (o: { concurrency: number }) => faultR2({ ...o, downMs: 3000 }),
  // --concurrency is the events published before each of the 10 kills.
  r3: (o: { concurrency: number }) => faultR3({ kills: 10, eventsPerKill: o.concurrency * 2 }),
  r4: (o: { concurrency: number }) => faultR4(o),
} as const;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { concurrency: { type: 'string', default: '20' } } });
  const names = positionals.length ? positionals : Object.keys(FAULTS);
  for (const name of names) {
    const fault = FAULTS[name as keyof typeof FAULTS];
    if (!fault) throw new Error(`unknown fault "${name}": one of ${Object.keys(FAULTS).join(', ')}`);
    const figures = await fault({ concurrency: Number(values.concurrency) });
    console.log(`${name.toUpperCase()} ${JSON.stringify(figures)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
