/**
 * `node -r @swc-node/register tools/bench/library-replacements.bench.ts`: the per-call costs that
 * decided whether a hand-written piece of infrastructure gave way to a kept library. Not a test: it
 * prints operations per second, best of ROUNDS interleaved rounds, on this machine.
 *
 * - the signed identity header the gateway puts on every subgraph call: node:crypto HMAC (sign +
 *   verify) against the same claims as an HS256 JWT signed and verified with `jose`;
 * - time-ordered ids for an import's new records: the `uuid` package's v7;
 * - reading the registry import's 100,000-row CSV file (38 MiB, the import benchmark's): the
 *   import's own CsvReader against `csv-parse` (milliseconds per file, best of ROUNDS).
 */
import { Role, type Identity } from '@birge/shared-reference';
import { SignJWT, jwtVerify } from 'jose';
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { parse } from 'csv-parse/sync';
import { CsvReader } from '../../apps/registry/src/modules/import/csv';
import { signIdentity, verifyGatewaySignature } from '../../libs/server/kit/src/identity/identity';
import { generateCsv } from './registry-data';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECRET = 'bench-internal-secret-of-at-least-32-chars';
const KEY = new TextEncoder().encode(SECRET);
const identity: Identity = { userId: '0190f7a4-1b2c-7d3e-8f40-123456789abc', role: Role.REGIONAL_STAFF, regionCode: '75' };

async function opsPerSecond(name: string, operations: number, run: () => unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < operations; i++) await run();
  return operations / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const cases: [string, number, () => unknown][] = [
    [
      'identity header, node:crypto HMAC sign + verify',
      50_000,
      () => {
        if (!verifyGatewaySignature(signIdentity(identity, SECRET), SECRET).valid) throw new Error('bad signature');
      },
    ],
    [
      'identity header, jose HS256 sign + verify',
      20_000,
      async () => {
        const token = await new SignJWT({ i: identity }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(KEY);
        await jwtVerify(token, KEY, { algorithms: ['HS256'], maxTokenAge: '60s' });
      },
    ],
    ['time-ordered id, uuid v7', 1_000_000, () => uuidv7()],
  ];
  const best = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, operations, run] of cases) best.set(name, Math.max(best.get(name) ?? 0, await opsPerSecond(name, operations, run)));
  }
  for (const [name, value] of best) console.log(`${name.padEnd(52)} ${Math.round(value).toLocaleString('en-US').padStart(12)} ops/s`);

  const csv = generateCsv(Number(process.env.BENCH_ROWS ?? 100_000));
  const fastest = { reader: Infinity, csvParse: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    const reader = new CsvReader(csv);
    let records = 0;
    while (reader.next()) records++;
    fastest.reader = Math.min(fastest.reader, performance.now() - started);
    started = performance.now();
    const parsed = parse(csv, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'], skip_empty_lines: true });
    fastest.csvParse = Math.min(fastest.csvParse, performance.now() - started);
    if (parsed.length !== records) throw new Error(`csv-parse read ${parsed.length} records, CsvReader ${records}`);
  }
  const mib = (Buffer.byteLength(csv) / 1048576).toFixed(1);
  console.log(`import CSV (${mib} MiB), CsvReader                        ${Math.round(fastest.reader).toLocaleString('en-US').padStart(12)} ms`);
  console.log(`import CSV (${mib} MiB), csv-parse (sync)                 ${Math.round(fastest.csvParse).toLocaleString('en-US').padStart(12)} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
