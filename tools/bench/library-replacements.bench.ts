/**
 * `node -r @swc-node/register tools/bench/library-replacements.bench.ts`: the per-call costs that
 * decided whether a hand-written piece of infrastructure gave way to a kept library. Not a test: it
 * prints operations per second, best of ROUNDS interleaved rounds, on this machine.
 *
 * - the signed identity header the gateway puts on every subgraph call: node:crypto HMAC (sign +
 *   verify) against the same claims as an HS256 JWT signed and verified with `jose`;
 * - time-ordered ids for an import's new records: the `uuid` package's v7.
 */
import { Role, type Identity } from '@birge/shared-reference';
import { SignJWT, jwtVerify } from 'jose';
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { signIdentity, verifyGatewaySignature } from '../../libs/server/kit/src/identity/identity';

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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
