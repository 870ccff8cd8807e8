/**
 * `node -r @swc-node/register tools/registry-import/import.ts FILE.csv [--dry-run] [--user ID]`
 *
 * Imports organizations from a UTF-8 CSV file into the registry of DATABASE_URL, with a progress
 * bar, through the same service as the importOrganizations mutation: all or nothing per file, a
 * report per line and column, idempotent re-imports (see organization-import.service.ts). Applies
 * pending registry migrations first, like the service does at start-up. Exit code 0 when imported,
 * 1 when the file was refused, 2 on a usage or connection problem.
 */
import { createLogger, createSubgraphDataSource, ensureSchema, EventBus, migrate } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { OrganizationImportService, type ImportProgress, type ImportResult } from '../../apps/registry/src/modules/import/organization-import.service';
import { registrySubgraph } from '../../apps/registry/src/registry.subgraph';

const PHASES: Record<ImportProgress['phase'], string> = { validate: 'checking', copy: 'copying ', apply: 'applying', done: 'done    ' };

/** A one-line progress bar on stderr, redrawn in place when it is a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  let last = '';
  return (p) => {
    const width = 30;
    const share = p.total ? p.done / p.total : 1;
    const filled = Math.round(share * width);
    const line = `${PHASES[p.phase]} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${p.done}/${p.total} rows`;
    if (line === last) return;
    last = line;
    if (stream.isTTY) stream.write(`\r${line}`);
    else if (p.done === p.total) stream.write(`${line}\n`);
    if (stream.isTTY && p.phase === 'done') stream.write('\n');
  };
}

export function printReport(result: ImportResult, out: (line: string) => void = console.log): void {
  if (result.ok) {
    out(`${result.dryRun ? 'Dry run: would import' : 'Imported'} ${result.rowCount} rows: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
    return;
  }
  out(`Refused: ${result.errorCount} problem(s); nothing was written.`);
  for (const e of result.errors) out(`  line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.code}: ${e.message}`);
  if (result.errorCount > result.errors.length) out(`  ... and ${result.errorCount - result.errors.length} more`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, user: { type: 'string', default: 'registry-import' } },
  });
  const url = process.env.DATABASE_URL;
  if (positionals.length !== 1 || !url) {
    console.error('usage: DATABASE_URL=postgres://... node -r @swc-node/register tools/registry-import/import.ts FILE.csv [--dry-run] [--user ID]');
    return 2;
  }
  const csv = readFileSync(positionals[0], 'utf8');
  await ensureSchema(url, 'registry');
  const dataSource = createSubgraphDataSource({
    url,
    schema: 'registry',
    entities: registrySubgraph.entities,
    migrations: registrySubgraph.migrations,
    applicationName: 'birge-registry-import',
  });
  await dataSource.initialize();
  const events = await EventBus.start({ url, logger: createLogger('registry-import', 'warn') });
  try {
    await migrate(dataSource, 'registry');
    const service = new OrganizationImportService(dataSource, events);
    const result = await service.import(
      csv,
      { userId: values.user as string, role: Role.REPUBLICAN_ADMIN, regionCode: null },
      { dryRun: values['dry-run'], onProgress: progressBar() },
    );
    printReport(result);
    return result.ok ? 0 : 1;
  } finally {
    await events.stop();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(`registry import failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    });
}
