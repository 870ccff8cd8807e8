/**
 * `npm run generate -- --scale 1|10 [--seed N] [--database-url URL] [--as-of YYYY-MM-DD] [--force]`:
 * a deterministic national data set in the database `npm start` uses (see generate.ts).
 */
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { generate } from './generate';

const USAGE = 'usage: npm run generate -- --scale 1|10 [--seed N] [--database-url URL] [--as-of YYYY-MM-DD] [--force]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      'as-of': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!Number.isFinite(scale) || !Number.isInteger(seed)) throw new Error(USAGE);
  const bar = new SingleBar(
    {
      format: '{step} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: !process.stdout.isTTY,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  let step = '';
  bar.start(1, 0, { step: 'starting' });
  const result = await generate({
    scale,
    seed,
    databaseUrl: values['database-url'],
    asOf: values['as-of'],
    force: values.force,
    onProgress: (p) => {
      if (p.step !== step) {
        step = p.step;
        bar.setTotal(Math.max(1, p.total));
      }
      bar.update(p.done, { step: p.step.padEnd(22) });
    },
  }).finally(() => bar.stop());
  const { seed: s, scale: x, asOf } = result.mark;
  if (result.skipped) {
    console.log(`Birge: the generated data set (seed ${s}, scale ${x}, as of ${asOf}) is there already; nothing written (--force writes it again)`);
    return;
  }
  console.log(
    `Birge: generated data set (seed ${s}, scale ${x}, as of ${asOf}) in ${(result.ms / 1000).toFixed(1)} s${result.removed ? `, replacing ${result.removed} rows of an earlier one` : ''}`,
  );
  for (const [kind, count] of Object.entries(result.rows)) console.log(`  ${kind.padEnd(28)} ${count.toLocaleString('en')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
