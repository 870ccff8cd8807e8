/**
 * `npm run fault -- r1|r4 [--concurrency N]`: runs a fault against a fresh stack and prints its
 * figures as JSON (see README, "Fault runs").
 */
import { parseArgs } from 'node:util';
import { faultR1 } from './r1-subgraph-down';
import { faultR4 } from './r4-sigterm';

const FAULTS = { r1: faultR1, r4: faultR4 } as const;

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
