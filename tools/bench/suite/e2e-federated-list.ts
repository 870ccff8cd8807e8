/**
 * E2E: the federated organization list (a page of 20 with region, coverage and requests) through
 * Birge's gateway and the real subgraphs on the generated data, 50 connections, on the whole
 * machine (every process free to use both cores). Two gateways of the same build alternate against
 * the same subgraphs: `before`, with Node's own fetch and nothing shared or kept, and `after`, with
 * the gateway's defaults (pooled connections, shared fetches, public answers kept). The registry's
 * reference data from memory is in both (it cannot be turned off). `ratio` = after's requests per
 * second / 65, the figure before this work (goal ≥ 5, p95 ≤ 150 ms).
 */
import type { BenchContext } from './figure';
import { figureLine } from './method/format';
import { gatewayHeaders } from './method/identity';
import { measureLoad, type LoadResult } from './method/load';
import { pinProcess } from './method/pin';
import { alternate, median } from './method/rounds';
import { bodyOf, FEDERATED_LIST, startBirgeGateway, type BirgeSettings } from './p1-gateways';

/** Requests per second of this list at 50 connections before the work of the performance issue. */
export const E2E_BASELINE_RPS = 65;
const CONNECTIONS = 50;
const SETTINGS: Record<string, BirgeSettings> = {
  before: { keepAlive: false, share: false, cache: false },
  after: { keepAlive: true, share: true, cache: true },
};

export async function run(ctx: BenchContext): Promise<string[]> {
  const stack = await ctx.stack();
  const allCores = `${ctx.cores.subject},${ctx.cores.rest}`;
  const pids = [...stack.processes.values()].map((proc) => proc.child.pid).filter((pid): pid is number => typeof pid === 'number');
  // The whole machine: the subgraphs may use every core for this figure, pinned back afterwards.
  for (const pid of pids) pinProcess(pid, allCores);
  const headers = await gatewayHeaders(ctx.secrets);
  try {
    const measure = (label: string) => async (): Promise<LoadResult> => {
      const gateway = await startBirgeGateway(ctx, stack.urls, SETTINGS[label], allCores);
      try {
        const result = await measureLoad(
          { url: gateway.url, body: bodyOf(FEDERATED_LIST), headers },
          { connections: CONNECTIONS, warmupSeconds: ctx.warmupSeconds, durationSeconds: ctx.durationSeconds, pid: gateway.pid },
        );
        ctx.log(`  ${label}: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(0)} ms, gateway ${result.cpuMsPerRequest?.toFixed(3)} CPU-ms/request`);
        return result;
      } finally {
        await gateway.stop();
      }
    };
    const rounds = await alternate(ctx.rounds, { before: measure('before'), after: measure('after') });
    const pick = (side: string, value: (r: LoadResult) => number | null) => median(rounds[side].map((r) => value(r) ?? NaN));
    const rps = pick('after', (r) => r.rps);
    return [
      figureLine('E2E', 'federated-list', rps / E2E_BASELINE_RPS, {
        rps,
        p50_ms: pick('after', (r) => r.p50),
        p95_ms: pick('after', (r) => r.p95),
        p99_ms: pick('after', (r) => r.p99),
        gateway_cpu_ms: pick('after', (r) => r.cpuMsPerRequest),
        before_rps: pick('before', (r) => r.rps),
        before_p95_ms: pick('before', (r) => r.p95),
        before_gateway_cpu_ms: pick('before', (r) => r.cpuMsPerRequest),
        errors: [...rounds.before, ...rounds.after].reduce((sum, r) => sum + r.errors, 0),
        connections: CONNECTIONS,
        baseline_rps: E2E_BASELINE_RPS,
      }),
    ];
  } finally {
    for (const [name, proc] of stack.processes) if (proc.child.pid) pinProcess(proc.child.pid, name === 'gateway' ? ctx.cores.subject : ctx.cores.rest);
  }
}
