/**
 * P1: Birge's gateway against Hive Gateway on the same supergraph, the same canned subgraph answers
 * (p1/canned-subgraphs.cjs, on the other core, each answer after CANNED_DELAY_MS as a subgraph that
 * takes that long) and the same signed identity header, on the dashboard's three heaviest queries.
 * Each gateway is one built Node process in production mode alone on the subject core; autocannon
 * with warm-up; the answers of both checked identical; gateways alternate round by round.
 *
 * Settings measured (a process each):
 *  - birge_fetch: Node's own fetch, nothing shared (the gateway before the pool);
 *  - birge_off: pooled undici connections, nothing shared;
 *  - birge_share: pooled, identical fetches in flight shared (the same caller, or public answers);
 *  - birge_full: as birge_share, with public answers kept (the gateway's defaults);
 *  - hive_off: Hive with its de-duplication of in-flight requests off (it is on by default outbound);
 *  - hive_dedup: Hive with it on, outbound and inbound.
 * `ratio` = birge_off CPU-ms per request / hive_off's (the worst query; goal ≤ 0.5);
 * `dedup_ratio` = birge_share requests per second / hive_dedup's (the worst query; goal ≥ 1).
 */
import type { BenchContext } from './figure';
import { figureLine, type FigureValue } from './method/format';
import { gatewayHeaders } from './method/identity';
import { fetchAnswer, measureLoad, type LoadResult } from './method/load';
import { alternate, median } from './method/rounds';
import { startService, type StartedService } from './method/service';
import { BUILT_KIT, bodyOf, canonical, HEAVIEST_QUERIES, startBirgeGateway, startHiveGateway, SUBGRAPHS, supergraphFor, type BirgeSettings } from './p1-gateways';
import path from 'node:path';

const BIRGE: Record<string, BirgeSettings> = {
  birge_fetch: { keepAlive: false, share: false, cache: false },
  birge_off: { keepAlive: true, share: false, cache: false },
  birge_share: { keepAlive: true, share: true, cache: false },
  birge_full: { keepAlive: true, share: true, cache: true },
};
const HIVE: Record<string, boolean> = { hive_off: false, hive_dedup: true };

/** Connections autocannon keeps open to the gateway. */
const CONNECTIONS = Number(process.env.BENCH_P1_CONNECTIONS ?? 20);
/** How long a canned subgraph answer takes. */
const CANNED_DELAY_MS = Number(process.env.BENCH_P1_CANNED_DELAY_MS ?? 5);

export async function run(ctx: BenchContext): Promise<string[]> {
  const stack = await ctx.stack();
  const canned = await startService({
    name: 'canned-subgraphs',
    script: path.join(__dirname, 'p1/canned-subgraphs.cjs'),
    core: ctx.cores.rest,
    env: { KIT: BUILT_KIT, INTERNAL_SECRET: ctx.secrets.internalSecret, SUBGRAPH_URLS: JSON.stringify(stack.urls), CANNED_DELAY_MS: String(CANNED_DELAY_MS) },
    readyPath: null,
  });
  try {
    const urls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `${canned.url}/${name}`]));
    const supergraph = supergraphFor(ctx, urls);
    const headers = await gatewayHeaders(ctx.secrets);
    /** The answer every gateway must give, per query: Birge's first, Hive's checked against it. */
    const expected = new Map<string, string>();

    const measureAll = async (label: string, start: () => Promise<StartedService>): Promise<Record<string, LoadResult>> => {
      const gateway = await start();
      try {
        const results: Record<string, LoadResult> = {};
        for (const query of HEAVIEST_QUERIES) {
          const target = { url: gateway.url, body: bodyOf(query), headers };
          const first = await fetchAnswer(target);
          const parsed = JSON.parse(first.body) as { data?: unknown; errors?: unknown };
          if (first.status !== 200 || parsed.errors || !parsed.data) throw new Error(`${label} ${query.name}: ${first.status} ${first.body.slice(0, 300)}`);
          const answer = canonical(parsed.data);
          if (!expected.has(query.name)) expected.set(query.name, answer);
          if (expected.get(query.name) !== answer) throw new Error(`${label} ${query.name}: the answer differs from the other gateway's`);
          const verify = (status: number, text: string) => {
            if (status !== 200 || canonical((JSON.parse(text) as { data?: unknown }).data) !== answer) throw new Error(`${label} ${query.name}: a different answer under load`);
          };
          results[query.name] = await measureLoad(
            { ...target, verify },
            { connections: CONNECTIONS, warmupSeconds: ctx.warmupSeconds, durationSeconds: ctx.durationSeconds, pid: gateway.pid },
          );
          const r = results[query.name];
          ctx.log(
            `  ${label} ${query.name}: ${r.rps.toFixed(0)} req/s, ${r.cpuMsPerRequest?.toFixed(3)} CPU-ms/request, p99 ${r.p99.toFixed(1)} ms, ${r.peakRssMiB.toFixed(0)} MiB peak`,
          );
        }
        return results;
      } finally {
        await gateway.stop();
      }
    };

    const sides: Record<string, () => Promise<Record<string, LoadResult>>> = {};
    for (const [label, settings] of Object.entries(BIRGE)) sides[label] = () => measureAll(label, () => startBirgeGateway(ctx, urls, settings, ctx.cores.subject));
    for (const [label, dedup] of Object.entries(HIVE)) sides[label] = () => measureAll(label, () => startHiveGateway(ctx, supergraph, dedup, ctx.cores.subject));
    const rounds = await alternate(ctx.rounds, sides);

    const figure = (side: string, query: string, pick: (r: LoadResult) => number | null) => median(rounds[side].map((r) => pick(r[query]) ?? NaN));
    const fields: Record<string, FigureValue> = {};
    const cpuRatios: number[] = [];
    const dedupRatios: number[] = [];
    for (const { name } of HEAVIEST_QUERIES) {
      const cpuRatio = figure('birge_off', name, (r) => r.cpuMsPerRequest) / figure('hive_off', name, (r) => r.cpuMsPerRequest);
      const dedupRatio = figure('birge_share', name, (r) => r.rps) / figure('hive_dedup', name, (r) => r.rps);
      cpuRatios.push(cpuRatio);
      dedupRatios.push(dedupRatio);
      fields[`${name}_ratio`] = cpuRatio;
      fields[`${name}_dedup_ratio`] = dedupRatio;
      for (const side of Object.keys(sides)) {
        fields[`${name}_${side}_rps`] = figure(side, name, (r) => r.rps);
        fields[`${name}_${side}_cpu_ms`] = figure(side, name, (r) => r.cpuMsPerRequest);
        fields[`${name}_${side}_p50_ms`] = figure(side, name, (r) => r.p50);
        fields[`${name}_${side}_p95_ms`] = figure(side, name, (r) => r.p95);
        fields[`${name}_${side}_p99_ms`] = figure(side, name, (r) => r.p99);
      }
    }
    for (const side of Object.keys(sides)) fields[`${side}_peak_rss_mib`] = median(rounds[side].flatMap((r) => Object.values(r).map((x) => x.peakRssMiB)));
    const errors = Object.values(rounds)
      .flat()
      .flatMap((r) => Object.values(r))
      .reduce((sum, r) => sum + r.errors, 0);
    const subgraphCalls = (await (await fetch(`${canned.url}/stats`)).json()) as Record<string, number>;
    // The worst query decides; a query that could not be measured (no answer within the run) makes the figure n/a.
    const worst = (values: number[], pick: (...v: number[]) => number) => (values.every(Number.isFinite) ? pick(...values) : NaN);
    return [
      figureLine('P1', 'gateway-vs-hive', worst(cpuRatios, Math.max), {
        dedup_ratio: worst(dedupRatios, Math.min),
        ...fields,
        errors,
        connections: CONNECTIONS,
        canned_delay_ms: CANNED_DELAY_MS,
        subgraph_calls: Object.values(subgraphCalls).reduce((sum, n) => sum + n, 0),
      }),
    ];
  } finally {
    await canned.stop();
  }
}
