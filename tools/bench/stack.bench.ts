/**
 * `npm run bench:stack`: the whole system as separate processes (startStack), measured on this
 * machine. Not a test: it prints numbers, it asserts only that the answers are correct.
 *
 * 1. time from startStack() to every service ready (embedded PostgreSQL included);
 * 2. resident memory (VmRSS) of each service process, idle;
 * 3. a federated query touching registry and assistance, many times through the gateway, then
 *    memory again;
 * 4. the gateway's own cost: the same one-subgraph query through the gateway and straight to the
 *    registry subgraph, interleaved in one run, p50/p95 and their ratio.
 *
 * Environment: BENCH_FEDERATED (default 1000), BENCH_CONCURRENCY (10), BENCH_SAMPLES (1000),
 * BENCH_WARMUP (100). BIRGE_TEST_ADMIN_URL runs it in a scratch database on that server instead
 * of an embedded one.
 */
import { DEVELOPMENT_IDENTITY, IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDemoData } from '../stack/src/demo-data';
import { startStack, type RunningStack } from '../stack/src/stack';

const FEDERATED_QUERY = '{ organizations(first: 20) { edges { node { name region { name { kk } } assistanceRequests(first: 5) { totalCount } } } } }';
const ONE_SUBGRAPH_QUERY = '{ regions { code name { kk } } }';

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const FEDERATED = intFromEnv('BENCH_FEDERATED', 1000);
const CONCURRENCY = intFromEnv('BENCH_CONCURRENCY', 10);
const SAMPLES = intFromEnv('BENCH_SAMPLES', 1000);
const WARMUP = intFromEnv('BENCH_WARMUP', 100);

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/** One POST; returns milliseconds, and throws on an HTTP error or GraphQL errors. */
/** Subgraphs answer only the gateway: a direct call signs its identity the way the gateway does, per request. */
const INTERNAL_SECRET = process.env.INTERNAL_SECRET ?? 'birge-development-internal-secret';

async function timedQuery(url: string, query: string, signed = false): Promise<{ ms: number; body: GraphQLBody }> {
  const started = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signed) headers[IDENTITY_HEADER] = signIdentity(DEVELOPMENT_IDENTITY, INTERNAL_SECRET);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as GraphQLBody;
  const ms = performance.now() - started;
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${url} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return { ms, body };
}

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** VmRSS of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function memorySnapshot(stack: RunningStack): Map<string, number | null> {
  return new Map([...stack.processes].map(([name, proc]) => [name, rssMiB(proc.child.pid)]));
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const fmt = (value: number | null, digits = 1) => (value === null ? 'n/a' : value.toFixed(digits));
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;

async function runFederated(url: string, count: number, concurrency: number): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        const { ms, body } = await timedQuery(url, FEDERATED_QUERY);
        const edges = (body.data?.organizations as { edges: unknown[] } | undefined)?.edges;
        if (!edges?.length) throw new Error('the federated query returned no organizations');
        latencies.push(ms);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

/** Gateway and direct calls alternate, and which goes first flips each round, so drift hits both. */
async function runInterleaved(gatewayUrl: string, registryUrl: string): Promise<{ gateway: number[]; direct: number[] }> {
  const gateway: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < WARMUP; i++) {
    await timedQuery(gatewayUrl, ONE_SUBGRAPH_QUERY);
    await timedQuery(registryUrl, ONE_SUBGRAPH_QUERY, true);
  }
  for (let i = 0; i < SAMPLES; i++) {
    if (i % 2 === 0) {
      gateway.push((await timedQuery(gatewayUrl, ONE_SUBGRAPH_QUERY)).ms);
      direct.push((await timedQuery(registryUrl, ONE_SUBGRAPH_QUERY, true)).ms);
    } else {
      direct.push((await timedQuery(registryUrl, ONE_SUBGRAPH_QUERY, true)).ms);
      gateway.push((await timedQuery(gatewayUrl, ONE_SUBGRAPH_QUERY)).ms);
    }
  }
  return { gateway, direct };
}

async function main(): Promise<void> {
  console.log(`Birge stack benchmark: Node ${process.version}, ${process.platform}/${process.arch}`);
  const stack = await startStack({ logLevel: 'warn' });
  try {
    console.log(`\nready in ${(stack.readyInMs / 1000).toFixed(2)} s (embedded PostgreSQL, ${Object.keys(stack.urls).length} subgraphs, gateway)`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = memorySnapshot(stack);

    const demo = await loadDemoData(stack.gatewayUrl);
    const federated = await runFederated(stack.gatewayUrl, FEDERATED, CONCURRENCY);
    const loaded = memorySnapshot(stack);
    // Latency without queueing: the same query, one request at a time.
    const single = await runFederated(stack.gatewayUrl, Math.min(FEDERATED, SAMPLES), 1);

    console.log(`\nmemory (VmRSS, MiB): idle, then after ${FEDERATED} federated queries (${demo.organizations} organizations, ${demo.requests} requests loaded)`);
    const names = [...stack.processes.keys()];
    const total = (snapshot: Map<string, number | null>) => [...snapshot.values()].reduce<number>((sum, value) => sum + (value ?? 0), 0);
    console.log(
      table(
        ['process', 'idle', 'after load', 'growth'],
        [
          ...names.map((name) => {
            const before = idle.get(name) ?? null;
            const after = loaded.get(name) ?? null;
            return [name, fmt(before), fmt(after), before === null || after === null ? 'n/a' : signed(after - before)];
          }),
          ['total', fmt(total(idle)), fmt(total(loaded)), signed(total(loaded) - total(idle))],
        ],
      ),
    );

    const federatedRow = (label: string, run: { latencies: number[]; wallMs: number }) => [
      label,
      run.latencies.length,
      fmt(percentile(run.latencies, 0.5), 2),
      fmt(percentile(run.latencies, 0.95), 2),
      fmt((run.latencies.length / run.wallMs) * 1000, 0),
    ];
    console.log('\nfederated query through the gateway (organizations from registry + assistanceRequests from assistance)');
    console.log(table(['in flight', 'requests', 'p50 ms', 'p95 ms', 'req/s'], [federatedRow(String(CONCURRENCY), federated), federatedRow('1', single)]));

    const compared = await runInterleaved(stack.gatewayUrl, stack.urls.registry);
    const p = (samples: number[], q: number) => percentile(samples, q);
    console.log(`\none-subgraph query ${ONE_SUBGRAPH_QUERY}: ${SAMPLES} each, one at a time, interleaved (after ${WARMUP} warm-up pairs)`);
    console.log(
      table(
        ['path', 'p50 ms', 'p95 ms'],
        [
          ['gateway -> registry', fmt(p(compared.gateway, 0.5), 2), fmt(p(compared.gateway, 0.95), 2)],
          ['registry directly', fmt(p(compared.direct, 0.5), 2), fmt(p(compared.direct, 0.95), 2)],
          ['ratio gateway / direct', `${fmt(p(compared.gateway, 0.5) / p(compared.direct, 0.5), 2)}x`, `${fmt(p(compared.gateway, 0.95) / p(compared.direct, 0.95), 2)}x`],
          ['gateway adds', fmt(p(compared.gateway, 0.5) - p(compared.direct, 0.5), 2), fmt(p(compared.gateway, 0.95) - p(compared.direct, 0.95), 2)],
        ],
      ),
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
